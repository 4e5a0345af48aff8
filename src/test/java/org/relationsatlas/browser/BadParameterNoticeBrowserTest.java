package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The atlas and the comparison opened with bad parameters (from the malformed-request corpus): the
 * page with the map and a notice that says what was ignored, in the page's language, the script strings
 * shown as text and run.
 */
class BadParameterNoticeBrowserTest extends BrowserTestBase {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "?from=abc&lang=en                                            | Ignored 'from=abc': not a year between 1945 and 2026.",
        "?to=2200&lang=ar                                             | تم تجاهل 'to=2200': ليست سنة بين ١٩٤٥ و٢٠٢٦.",
        "?from=1990&to=1980&lang=en                                   | 'from' was after 'to'; the years were swapped.",
        "?layers=rivers&lang=ar                                       | تم تجاهل طبقة غير معروفة 'rivers'.",
        "?region=%3C/script%3E%3Cscript%3Ealert(1)%3C/script%3E&lang=en | Ignored unknown region '</script><script>alert(1)</script>'.",
        "?event=%3Cimg%20src=x%20onerror=alert(1)%3E&lang=en          | No event '<img src=x onerror=alert(1)>' in the atlas.",
        "compare?years=abc&lang=en                                    | Ignored 'compare=abc': give two years between 1945 and 2026, such as compare=1969,2008.",
        "compare?years=1969&lang=ar                                   | تم تجاهل 'compare=1969': اذكر عامين بين ١٩٤٥ و٢٠٢٦، مثل compare=1969,2008."})
    void aBadParameterLeavesTheMapAndANoticeInThePagesLanguage(String address, String notice) {
        Page page = atlas.page();
        List<String> dialogs = new ArrayList<>();
        page.onDialog(dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.navigate("http://localhost:" + port + "/" + address);
        atlas.waitUntilReady();
        assertThat(atlas.notices()).anySatisfy(shown -> assertThat(shown).startsWith(notice));
        assertThat(page.locator(".notice img, .notice script, img[onerror]").count()).isZero();
        assertThat(dialogs).isEmpty();
        if (address.startsWith("?region")) {
            Screens.save(page, "bad-parameter-notice-script-region");
        }
    }
}
