package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasHttpClient;

/**
 * The log-in page carries Spring's CSRF token for its form (CsrfProtectionTest checks that a POST without
 * it is refused). Here, with the browser tests, because the page needs the built frontend.
 */
class LogInPageBrowserTest extends BrowserTestBase {

    /** The atlas's own page (Vaadin's LoginForm, which posts the token from these meta tags), never Spring's generated one. */
    @Test
    void theLogInPageCarriesTheTokenForItsForm() throws Exception {
        AtlasHttpClient visitor = new AtlasHttpClient(port);
        for (String address : new String[] {"/login", "/login?error", "/login?lang=ar"}) {
            HttpResponse<String> page = visitor.send(visitor.request(address));
            assertThat(page.statusCode()).as(address).isEqualTo(200);
            assertThat(page.body()).as(address).contains("<meta name=\"_csrf\"", "<meta name=\"_csrf_parameter\" content=\"_csrf\"")
                    .doesNotContain("Please sign in");
        }
    }
}
