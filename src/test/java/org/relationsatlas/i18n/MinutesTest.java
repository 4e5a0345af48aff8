package org.relationsatlas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinutesTest {

    @Test
    void englishSaysMinuteForOneAndMinutesOtherwise() {
        assertThat(Minutes.in(Lang.EN, 1)).isEqualTo("1 minute");
        assertThat(Minutes.in(Lang.EN, 5)).isEqualTo("5 minutes");
        assertThat(Minutes.in(Lang.EN, 15)).isEqualTo("15 minutes");
    }

    @Test
    void arabicUsesTheSingularTheDualThePluralAndTheCountedSingularWithArabicIndicDigits() {
        assertThat(Minutes.in(Lang.AR, 1)).isEqualTo("دقيقة واحدة");
        assertThat(Minutes.in(Lang.AR, 2)).isEqualTo("دقيقتين");
        assertThat(Minutes.in(Lang.AR, 3)).isEqualTo("٣ دقائق");
        assertThat(Minutes.in(Lang.AR, 10)).isEqualTo("١٠ دقائق");
        assertThat(Minutes.in(Lang.AR, 11)).isEqualTo("١١ دقيقة");
        assertThat(Minutes.in(Lang.AR, 60)).isEqualTo("٦٠ دقيقة");
        assertThat(Minutes.in(Lang.AR, 100)).isEqualTo("١٠٠ دقيقة");
        assertThat(Minutes.in(Lang.AR, 105)).isEqualTo("١٠٥ دقائق");
    }
}
