package org.relationsatlas.years;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YearRangeTest {

    @Test
    void aRangeMustLieInThePeriodAndRunForwards() {
        assertThatThrownBy(() -> new YearRange(1944, 1950)).hasMessageContaining("between 1945 and 2026");
        assertThatThrownBy(() -> new YearRange(1990, 2027)).hasMessageContaining("between 1945 and 2026");
        assertThatThrownBy(() -> new YearRange(1960, 1950)).hasMessageContaining("starts after it ends");
    }

    @Test
    void somethingStillExistingOverlapsEveryLaterRange() {
        assertThat(new YearRange(2020, 2025).overlaps(2011, null)).isTrue();
        assertThat(new YearRange(2005, 2010).overlaps(2011, null)).isFalse();
        assertThat(new YearRange(1970, 1980).overlaps(1969, 1969)).isFalse();
        assertThat(new YearRange(1969, 1969).overlaps(1969, 1969)).isTrue();
    }

    @Test
    void onlyFourDigitYearsParse() {
        assertThat(YearRange.parseYear("1949")).hasValue(1949);
        assertThat(YearRange.parseYear("19x9")).isEmpty();
        assertThat(YearRange.parseYear("-1")).isEmpty();
        assertThat(YearRange.parseYear(null)).isEmpty();
    }
}
