package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.springframework.test.context.TestPropertySource;

/**
 * Too many wrong passwords pause logging in: the page says so, in the page's language, and how long to
 * wait; even the right password waits; after the wait it works. A lockout of seconds, so the test can wait.
 */
@TestPropertySource(properties = "atlas.login.lockout=PT6S")
class LoginThrottleBrowserTest extends BrowserTestBase {

    private static final long LOCKOUT_MS = 6_000;

    private LoginPage login;

    @BeforeEach
    void logInPage() {
        login = new LoginPage(atlas, "http://localhost:" + port);
    }

    private void failFourTimes(String name) {
        for (int i = 1; i <= 4; i++) {
            Response answer = login.submit(name, "wrong-password-" + i);
            assertThat(answer.headerValue("location")).contains("login?error");
            login.waitForForm();
        }
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndAfterTheWaitItWorks() throws Exception {
        login.open("en");
        failFourTimes("editor");
        assertThat(login.message()).isEqualTo("Wrong username or password.");

        login.submit("editor", "wrong-password-5");
        long pausedAt = System.currentTimeMillis();
        login.waitForForm();
        assertThat(login.message())
                .isEqualTo("Too many failed attempts Logging in is paused for a while. Try again in 1 minute.");

        Response refused = login.submit("editor", AtlasTestDatabase.EDITOR_PASSWORD);
        assertThat(refused.headerValue("location")).contains("login?paused=1&lang=en");
        login.waitForForm();
        assertThat(login.message()).contains("Try again in 1 minute.");
        assertThat(login.roomBesideTheTitle()).as("the warning icon's room, on the left in English").isGreaterThan(24);
        Screens.save(atlas.page(), "login-paused-en");

        Thread.sleep(Math.max(0, pausedAt + LOCKOUT_MS + 500 - System.currentTimeMillis()));
        login.submit("editor", AtlasTestDatabase.EDITOR_PASSWORD);
        assertThat(atlas.page().url()).doesNotContain("/login");
        atlas.page().navigate("http://localhost:" + port + "/lessons");
        atlas.page().locator(".lesson-item").first().waitFor();
        assertThat(atlas.page().locator(".delete-lesson").count()).as("logged in as an editor").isGreaterThanOrEqualTo(3);
    }

    @Test
    void theArabicPageSaysHowLongToWaitInArabic() {
        login.open("ar");
        failFourTimes("محرر");
        assertThat(login.message()).isEqualTo("اسم المستخدم أو كلمة المرور غير صحيحة.");

        Response paused = login.submit("محرر", "wrong-password-5");
        assertThat(paused.headerValue("location")).contains("login?paused=1&lang=ar");
        login.waitForForm();
        assertThat(atlas.page().locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(login.message()).isEqualTo("محاولات فاشلة كثيرة جدًا عُلِّق تسجيل الدخول مؤقتًا. أعِد المحاولة بعد دقيقة واحدة.");
        assertThat(login.roomBesideTheTitle()).as("the warning icon's room, on the right in Arabic").isGreaterThan(24);
        Screens.save(atlas.page(), "login-paused-ar");
    }
}
