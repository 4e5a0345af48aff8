package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * axe-core, the accessibility rules engine, over the atlas as people use it: both languages, desktop
 * and phone width, with a card selected, its disagreement open and search results listed. Serious and
 * critical violations fail (colour contrast AA among them); lesser ones are printed.
 */
class AccessibilityBrowserTest extends BrowserTestBase {

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1400", "ar, 1400", "en, 390", "ar, 390"})
    void axeFindsNoSeriousOrCriticalViolation(String lang, int width) {
        atlas.page().setViewportSize(width, width < 600 ? 844 : 900);
        atlas.open("lang=" + lang + "&from=2022&to=2022&event=ukraine-invasion-2022");
        atlas.openDisagreement("ukraine-invasion-2022");
        assertNoSeriousViolations("with a disagreement open");

        atlas.search(lang.equals("ar") ? "معاهدة" : "treaty");
        assertNoSeriousViolations("with search results");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/lesson/border-1969-2008/step/2, en", "/lesson/alliance-1950?lang=ar, ar", "/lessons, en",
            "/lessons?lang=ar, ar", "/?compare=1969&compare=x, en", "/?lang=ar, ar", "/?compare=1969%2C2008&lang=ar, ar", "/login, en"})
    void theClassroomPagesHaveNoSeriousOrCriticalViolation(String path, String lang) {
        atlas.page().navigate("http://localhost:" + port + path);
        atlas.waitForServer();
        atlas.page().waitForTimeout(500);
        assertThat(atlas.page().locator("html").getAttribute("lang")).isEqualTo(lang);
        assertNoSeriousViolations("on " + path);
    }

    /**
     * WCAG 2.5.3 (label in name): a control's accessible name contains its visible text, so a person who
     * says what they see ("click English") reaches it. axe-core's rule is experimental, so it is asked for
     * by name; on the Arabic page it is first shown to catch the old aria-label ("اعرض الأطلس بالإنجليزية"
     * on "English"). axe does not judge Arabic visible text, so the English page's switch ("العربية") is
     * also checked by its role and name, as assistive technology finds it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"en, العربية", "ar, English"})
    void everyControlsNameContainsItsVisibleText(String lang, String switchText) {
        atlas.open("lang=" + lang);
        atlas.openPanel("filters");
        assertThat(labelInNameViolations()).as("label-content-name-mismatch").isEmpty();
        Locator languageSwitch = atlas.page().locator(".language-switch");
        assertThat(languageSwitch.textContent().strip()).isEqualTo(switchText);
        assertThat(languageSwitch.getAttribute("lang")).isEqualTo(lang.equals("en") ? "ar" : "en");
        assertThat(atlas.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(switchText).setExact(true))
                .count()).as("the link found by its visible text").isOne();

        if (lang.equals("ar")) {
            atlas.page().evaluate("() => document.querySelector('.language-switch').setAttribute('aria-label', 'اعرض الأطلس بالإنجليزية')");
            assertThat(labelInNameViolations()).as("the rule catches a name that hides the visible text").isNotEmpty();
        }
    }

    private List<String> labelInNameViolations() {
        AxeResults results = new AxeBuilder(atlas.page()).withRules(List.of("label-content-name-mismatch")).analyze();
        return results.getViolations().stream().map(AccessibilityBrowserTest::describe).toList();
    }

    private void assertNoSeriousViolations(String state) {
        AxeResults results = new AxeBuilder(atlas.page()).analyze();
        List<Rule> violations = results.getViolations();
        violations.forEach(rule -> System.out.println("axe " + state + ": " + describe(rule)));
        List<String> serious = violations.stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(AccessibilityBrowserTest::describe)
                .toList();
        assertThat(serious).as("serious or critical axe violations " + state).isEmpty();
        assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5)
                        .collect(Collectors.joining(", "));
    }
}
