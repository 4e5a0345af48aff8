package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.relationsatlas.AtlasTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app on a random port and one Chromium per test class; a fresh page per test, which fails
 * when the browser console reported an error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {AtlasTestDatabase.SHARED, AtlasTestDatabase.EDITORS})
abstract class BrowserTestBase {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    protected AtlasPage atlas;
    private final List<String> consoleErrors = new ArrayList<>();
    private final List<String> expectedConsoleErrors = new ArrayList<>();

    @BeforeAll
    static void launchChromium() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright, Chromium.executableFromSystemProperty());
    }

    @AfterAll
    static void closeChromium() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("en-GB"));
        Page page = context.newPage();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> consoleErrors.add(error));
        atlas = new AtlasPage(page, "http://localhost:" + port);
    }

    /** Runs a check on a phone: a 390×844 touch screen, in a browser context of its own, closed after. */
    protected void onPhone(Consumer<AtlasPage> check) {
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setHasTouch(true).setIsMobile(true).setLocale("en-GB"))) {
            check.accept(new AtlasPage(phone.newPage(), "http://localhost:" + port));
        }
    }

    /** A console error the test means to cause (a page answered 404 logs one), by a piece of its text. */
    protected void expectConsoleError(String fragment) {
        expectedConsoleErrors.add(fragment);
    }

    @AfterEach
    void noConsoleErrors() {
        context.close();
        assertThat(consoleErrors).as("browser console errors")
                .allMatch(error -> expectedConsoleErrors.stream().anyMatch(error::contains));
    }
}
