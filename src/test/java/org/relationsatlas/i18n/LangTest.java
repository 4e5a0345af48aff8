package org.relationsatlas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class LangTest {

    @Test
    void arabicWritesNumbersInArabicIndicDigitsAndEnglishLeavesThem() {
        assertThat(Lang.AR.digits("14 فبراير 1950")).isEqualTo("١٤ فبراير ١٩٥٠");
        assertThat(Lang.EN.digits("14 Feb 1950")).isEqualTo("14 Feb 1950");
    }

    @Test
    void theSubtitleNamesTheAtlassFirstAndLastYearInEachLanguagesDigits() {
        assertThat(UiText.APP_SUBTITLE.in(Lang.EN, 1945, 2026)).isEqualTo("Relations from 1945 to 2026");
        assertThat(UiText.APP_SUBTITLE.in(Lang.AR, 1945, 2026)).isEqualTo("العلاقات من عام ١٩٤٥ إلى عام ٢٠٢٦");
    }

    @Test
    void numbersGivenToATextAreWrittenInTheLanguagesDigitsWithoutGrouping() {
        assertThat(UiText.EVENT_COUNT.in(Lang.AR, 12, 130, 1949, 2025)).isEqualTo("١٢ من ١٣٠ حدثًا، ١٩٤٩–٢٠٢٥");
        assertThat(UiText.EVENT_COUNT.in(Lang.EN, 12, 130, 1949, 2025)).isEqualTo("12 of 130 events, 1949–2025");
        // Text from the user is not a number the atlas wrote: it stays as typed.
        assertThat(UiText.NOTICE_BAD_YEAR.in(Lang.AR, "from", "19x5", 1945, 2026)).contains("19x5").contains("١٩٤٥");
    }

    @Test
    void theLanguageComesFromTheParameterThenTheBrowser() {
        assertThat(Lang.resolve("ar", Locale.ENGLISH)).isEqualTo(Lang.AR);
        assertThat(Lang.resolve(null, Locale.forLanguageTag("ar-EG"))).isEqualTo(Lang.AR);
        assertThat(Lang.resolve("xx", Locale.FRENCH)).isEqualTo(Lang.EN);
    }
}
