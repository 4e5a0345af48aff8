package org.relationsatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.relationsatlas.AtlasTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;

/** The error pages without a browser: what an unknown address and a failing page show, in both languages. */
@SpringBootTest(properties = AtlasTestDatabase.SHARED)
class ErrorPagesTest extends SpringBrowserlessTest {

    private void open(String path, String lang) {
        UI.getCurrent().navigate(path, QueryParameters.of("lang", lang));
    }

    private String heading() {
        return $(H1.class).single().getText();
    }

    private String status() {
        return $(Span.class).withClassName("error-status").single().getText();
    }

    private Anchor back() {
        return $(Anchor.class).withClassName("error-back").single();
    }

    @Test
    void anUnknownAddressShowsPageNotFoundWithTheWayBack() {
        open("nonexistent", "en");
        assertThat(getCurrentView()).isInstanceOf(PageNotFound.class);
        assertThat(heading()).isEqualTo("Page not found");
        assertThat(status()).isEqualTo("Error 404");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("There is no page at the address '/nonexistent'")
                .doesNotContain("Could not navigate");
        assertThat(back().getText()).isEqualTo("Back to the atlas");
        assertThat(back().getHref()).isEqualTo("?lang=en");
        assertThat($(LanguageSwitch.class).single().getHref()).isEqualTo("nonexistent?lang=ar");
    }

    @Test
    void inArabicTheErrorPageIsArabicRightToLeftWithArabicDigits() {
        open("nonexistent", "ar");
        assertThat(heading()).isEqualTo("الصفحة غير موجودة");
        assertThat(status()).isEqualTo("خطأ ٤٠٤");
        assertThat(back().getText()).isEqualTo("العودة إلى الأطلس");
        assertThat(back().getHref()).isEqualTo("?lang=ar");
        assertThat(getCurrentView().getElement().getAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void anUnknownLessonIsPageNotFoundNamingTheLesson() {
        open("lesson/no-such-lesson", "en");
        assertThat(getCurrentView()).isInstanceOf(PageNotFound.class);
        assertThat(heading()).isEqualTo("No lesson 'no-such-lesson'.");
        open("lesson/no-such-lesson/notes", "ar");
        assertThat(heading()).isEqualTo("لا يوجد درس 'no-such-lesson'.");
    }

    @Test
    void aFailingPageShowsTheErrorPageWithoutTheException() {
        open(FailingTestView.ROUTE, "en");
        assertThat(getCurrentView()).isInstanceOf(PageFailed.class);
        assertThat(heading()).isEqualTo("This page could not be shown");
        assertThat(status()).isEqualTo("Error 500");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("IllegalStateException", "on purpose");
        open(FailingTestView.ROUTE, "ar");
        assertThat(heading()).isEqualTo("تعذّر عرض هذه الصفحة");
        assertThat(status()).isEqualTo("خطأ ٥٠٠");
    }
}
