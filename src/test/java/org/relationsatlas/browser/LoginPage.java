package org.relationsatlas.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** The editors' log-in page as a person uses it: type a name and a password, submit, read the message. */
final class LoginPage {

    private final AtlasPage atlas;
    private final String baseUrl;

    LoginPage(AtlasPage atlas, String baseUrl) {
        this.atlas = atlas;
        this.baseUrl = baseUrl;
    }

    private Page page() {
        return atlas.page();
    }

    LoginPage open(String lang) {
        page().navigate(baseUrl + "/login?lang=" + lang);
        waitForForm();
        return this;
    }

    /**
     * Types and submits; returns the answer to the form's POST (a redirect), once the page it leads to
     * has loaded (the same address as before, after a second failure, so the old page is marked first).
     */
    Response submit(String name, String password) {
        page().locator("vaadin-login-form input[name='username']").fill(name);
        page().locator("vaadin-login-form input[name='password']").fill(password);
        page().evaluate("() => { window.beforeSubmitting = true; }");
        Response posted = page().waitForResponse(
                response -> "POST".equals(response.request().method()) && response.url().contains("/login"),
                () -> page().locator("vaadin-login-form vaadin-button[slot='submit']").click());
        page().waitForFunction("() => !window.beforeSubmitting && document.readyState === 'complete'");
        return posted;
    }

    /** Waits for the form of a log-in page that Vaadin has finished setting up. */
    void waitForForm() {
        page().locator("vaadin-login-form input[name='username']").waitFor();
        atlas.waitForServer();
    }

    /** Pixels between the error box's start edge (right in Arabic) and its title: where the warning icon goes. */
    double roomBesideTheTitle() {
        var error = page().locator("vaadin-login-form [part='error-message']:has([part='error-message-title'])");
        var box = error.boundingBox();
        var title = error.locator("[part='error-message-title']").boundingBox();
        boolean rtl = "rtl".equals(page().locator("html").getAttribute("dir"));
        return rtl ? box.x + box.width - (title.x + title.width) : title.x - box.x;
    }

    /** The error's title and description, as shown above the fields; "" when there is none. */
    String message() {
        var error = page().locator("vaadin-login-form [part='error-message']:has([part='error-message-title'])");
        if (!error.isVisible()) {
            return "";
        }
        return (error.locator("[part='error-message-title']").innerText() + " "
                + error.locator("[part='error-message-description']").innerText()).strip();
    }
}
