package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An unknown address, an unknown lesson and a failing page show the error page in Chromium: the header,
 * the status and what happened in the page's language, and a link back to the atlas that works; never
 * Flow's "Could not navigate", a stack trace or the log-in page. An unknown address or lesson is a 404
 * from the first response (FirstResponse); a page that fails does so after it, so its document stays a
 * 200 while the page says "Error 500".
 */
class ErrorPageBrowserTest extends BrowserTestBase {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "nonexistent?lang=en            | 404 | en | Page not found                 | Error 404 | Back to the atlas",
        "nonexistent?lang=ar            | 404 | ar | الصفحة غير موجودة              | خطأ ٤٠٤   | العودة إلى الأطلس",
        "lesson/99999?lang=en           | 404 | en | No lesson '99999'.             | Error 404 | Back to the atlas",
        "lesson/99999?lang=ar           | 404 | ar | لا يوجد درس '99999'.           | خطأ ٤٠٤   | العودة إلى الأطلس",
        "test-only/failing-page?lang=en | 200 | en | This page could not be shown   | Error 500 | Back to the atlas",
        "test-only/failing-page?lang=ar | 200 | ar | تعذّر عرض هذه الصفحة           | خطأ ٥٠٠   | العودة إلى الأطلس"})
    void anUnknownAddressOrAFailingPageShowsTheErrorPageWithItsStatus(String address, int status, String lang,
            String heading, String code, String back) {
        expectConsoleError("status of 404");
        Page page = atlas.page();
        Response response = page.navigate("http://localhost:" + port + "/" + address);
        assertThat(response.status()).isEqualTo(status);
        atlas.waitForServer();
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
        assertThat(page.locator("header.atlas-header .error-home").textContent())
                .isEqualTo(lang.equals("ar") ? "أطلس العلاقات الصينية الروسية" : "China–Russia Relations Atlas");
        assertThat(page.locator("h1").textContent()).isEqualTo(heading);
        assertThat(page.locator(".error-status").textContent()).isEqualTo(code);
        assertThat(page.locator(".error-back").textContent()).isEqualTo(back);
        assertThat(page.locator("body").innerText()).doesNotContain("Could not navigate", "Exception", "at org.");
        assertThat(page.title()).startsWith(heading);
        Screens.save(page, "error-" + address.replaceAll("[^a-z0-9]+", "-"));

        page.locator(".error-back").click();
        page.waitForURL("**/?lang=" + lang);
        atlas.waitUntilReady();
        assertThat(page.locator("atlas-map")).isNotNull();
    }
}
