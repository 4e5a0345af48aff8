package org.relationsatlas.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;

import org.junit.jupiter.api.Test;

/**
 * The event list draws its cards in the browser, only as far as the reader goes: what that must keep
 * working. Scrolling reaches every shown event in order, the keyboard walks the whole list, a selection
 * far down is drawn and shown, printing has every card, and opening the whole period stays small.
 */
class EventListBrowserTest extends BrowserTestBase {

    private int elementsOnPage() {
        return ((Number) atlas.page().evaluate("() => document.querySelectorAll('*').length")).intValue();
    }

    private void scrollListToItsEnd() {
        for (int step = 0; step < 60; step++) {
            atlas.page().locator("atlas-event-list.event-list").evaluate("list => list.scrollTop = list.scrollHeight");
            atlas.page().waitForTimeout(60);
            if (atlas.drawnCardIds().size() == atlas.shownEventIds().size()) {
                return;
            }
        }
    }

    @Test
    void theWholePeriodOpensWithAFewCardsAndScrollingDrawsEveryShownEventInOrder() {
        atlas.open("lang=en");
        List<String> shown = atlas.shownEventIds();
        assertThat(shown).hasSizeGreaterThan(100);
        assertThat(atlas.page().locator(".event-count").textContent()).startsWith(shown.size() + " of ");
        assertThat(atlas.drawnCardIds()).hasSizeBetween(4, 30).isEqualTo(shown.subList(0, atlas.drawnCardIds().size()));
        assertThat(elementsOnPage()).as("elements on the page at opening").isLessThanOrEqualTo(1_500);
        assertThat(atlas.page().locator("atlas-event-list.event-list").getAttribute("aria-rowcount"))
                .isEqualTo(String.valueOf(shown.size()));

        scrollListToItsEnd();
        assertThat(atlas.drawnCardIds()).isEqualTo(shown);
        Locator last = atlas.card(shown.getLast());
        assertThat(last.getAttribute("aria-rowindex")).isEqualTo(String.valueOf(shown.size()));
        assertThat(last.isVisible()).isTrue();
    }

    @Test
    void theKeyboardWalksTheWholeListAndChoosesACard() {
        atlas.open("lang=en");
        List<String> shown = atlas.shownEventIds();
        atlas.card(shown.getFirst()).focus();
        atlas.page().keyboard().press("ArrowDown");
        assertThat(focusedCard()).isEqualTo(shown.get(1));
        atlas.page().keyboard().press("End");
        assertThat(focusedCard()).as("End goes to the last shown event, drawing it").isEqualTo(shown.getLast());
        atlas.page().keyboard().press("ArrowUp");
        assertThat(focusedCard()).isEqualTo(shown.get(shown.size() - 2));
        atlas.page().keyboard().press("Enter");
        atlas.waitUntilReady();
        assertThat(atlas.selectedEventIds()).containsExactly(shown.get(shown.size() - 2));
        assertThat(atlas.url()).contains("event=" + shown.get(shown.size() - 2));
        atlas.page().keyboard().press("Home");
        assertThat(focusedCard()).isEqualTo(shown.getFirst());
        // Tab from the last card drawn goes on to the next event, drawn for it.
        atlas.open("lang=en");
        List<String> drawn = atlas.drawnCardIds();
        atlas.card(drawn.getLast()).focus();
        for (int press = 0; press < 12 && drawn.getLast().equals(focusedCard()); press++) {
            atlas.page().keyboard().press("Tab"); // through the card's own links first
        }
        assertThat(focusedCard()).isEqualTo(shown.get(drawn.size()));
    }

    private String focusedCard() {
        return (String) atlas.page().evaluate("() => document.activeElement.closest('.event-card')?.dataset.eventId ?? null");
    }

    @Test
    void anEventLinkedFarDownTheListIsDrawnSelectedAndInView() {
        atlas.open("lang=en");
        String far = atlas.shownEventIds().get(110);
        atlas.open("lang=en&event=" + far);
        assertThat(atlas.selectedEventIds()).containsExactly(far);
        BoundingBox list = atlas.page().locator("atlas-event-list.event-list").boundingBox();
        Locator farCard = atlas.page().locator(".event-card[data-event-id='" + far + "']");
        atlas.page().waitForFunction("card => { const list = card.closest('atlas-event-list').getBoundingClientRect();"
                + " const box = card.getBoundingClientRect(); return box.top < list.bottom && box.bottom > list.top; }",
                farCard.elementHandle());
        BoundingBox card = farCard.boundingBox();
        assertThat(card.y).as("the card's top within the list").isBetween(list.y - 1, list.y + list.height);
        assertThat(atlas.drawnCardIds().size()).as("drawn up to it, not all").isLessThan(atlas.shownEventIds().size());
    }

    @Test
    void printingDrawsEveryCardWithBothVersionsOpen() {
        atlas.open("lang=ar");
        int shown = atlas.shownEventIds().size();
        atlas.page().evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        assertThat(atlas.drawnCardIds()).hasSize(shown);
        Locator details = atlas.page().locator(".event-list details.disagreement");
        assertThat(details.count()).isGreaterThan(5);
        assertThat(atlas.page().locator(".event-list details.disagreement:not([open])").count()).isZero();
        atlas.page().emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(details.first().locator(".sources-version").isVisible()).as("both versions on paper").isTrue();
        Screens.save(atlas.page(), "event-list-print-ar");
        atlas.page().emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setMedia(com.microsoft.playwright.options.Media.SCREEN));
        atlas.page().evaluate("() => window.dispatchEvent(new Event('afterprint'))");
        assertThat(atlas.page().locator(".event-list details.disagreement[open]").count()).as("closed again after").isZero();
    }

    @Test
    void theArabicCardsAreRightToLeftAndReadInArabic() {
        atlas.open("lang=ar&from=1950&to=1950");
        Locator treaty = atlas.card("treaty-1950");
        assertThat(treaty.locator("time").textContent()).contains("فبراير ١٩٥٠");
        assertThat(treaty.locator("time").getAttribute("datetime")).isEqualTo("1950-02-14");
        assertThat((String) treaty.evaluate("card => getComputedStyle(card).direction")).isEqualTo("rtl");
        assertThat(treaty.locator(".seed-quote").getAttribute("dir")).isEqualTo("rtl");
        assertThat(treaty.locator(".event-sources a").first().getAttribute("rel")).isEqualTo("noopener noreferrer");
        Screens.save(atlas.page(), "event-list-ar-1950");
    }

    @Test
    void onAPhoneThePageScrollDrawsTheCards() {
        onPhone(onPhone -> {
            onPhone.open("lang=en");
            int first = onPhone.drawnCardIds().size();
            assertThat(first).isLessThan(onPhone.shownEventIds().size());
            for (int step = 0; step < 15; step++) {
                onPhone.page().mouse().wheel(0, 3000);
                onPhone.page().waitForTimeout(80);
            }
            assertThat(onPhone.drawnCardIds().size()).as("more cards after scrolling the page").isGreaterThan(first);
            Screens.save(onPhone.page(), "event-list-phone-scrolled");
        });
    }
}
