package org.relationsatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.relationsatlas.i18n.Lang;

class EventDateTest {

    @Test
    void theFormOfTheDateGivesItsPrecision() {
        assertThat(EventDate.parse("1950-02-14").precision()).isEqualTo(DatePrecision.DAY);
        assertThat(EventDate.parse("1955-05").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(EventDate.parse("1960").precision()).isEqualTo(DatePrecision.YEAR);
    }

    @Test
    void aDateIsShownAtItsPrecision() {
        assertThat(EventDate.parse("1950-02-14").format(Lang.EN)).isEqualTo("14 Feb 1950");
        assertThat(EventDate.parse("1955-05").format(Lang.EN)).isEqualTo("May 1955");
        assertThat(EventDate.parse("1960").format(Lang.EN)).isEqualTo("1960");
    }

    @Test
    void arabicDatesUseArabicMonthNames() {
        assertThat(EventDate.parse("1950-02-14").format(Lang.AR)).isEqualTo("14 فبراير 1950");
    }

    @Test
    void impossibleDatesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> EventDate.parse("1950-02-30")).hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> EventDate.parse("1950-13")).hasMessageContaining("month 13 does not exist");
        assertThatThrownBy(() -> EventDate.parse("14/02/1950")).hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> EventDate.parseInPeriod("1939-09-01")).hasMessageContaining("outside 1945–2026");
    }

    @Test
    void aYearSortsBeforeTheMonthsAndDaysInIt() {
        assertThat(EventDate.parse("1969")).isLessThan(EventDate.parse("1969-03"));
        assertThat(EventDate.parse("1969-03")).isLessThan(EventDate.parse("1969-03-02"));
        assertThat(EventDate.parse("1969-03-15")).isGreaterThan(EventDate.parse("1969-03-02"));
    }

    @Test
    void theIsoFormRoundTrips() {
        for (String text : new String[] {"1950-02-14", "1955-05", "1960"}) {
            assertThat(EventDate.parse(text).iso()).isEqualTo(text);
        }
    }
}
