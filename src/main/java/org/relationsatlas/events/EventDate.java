package org.relationsatlas.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.relationsatlas.i18n.Lang;
import org.relationsatlas.years.YearRange;

/**
 * A date known to the day, the month or only the year, written YYYY-MM-DD, YYYY-MM or YYYY.
 * Sorting puts a less precise date before the more precise ones of the same period.
 */
public record EventDate(int year, Integer month, Integer day) implements Comparable<EventDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public EventDate {
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " does not exist");
        }
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        String.format("%04d-%02d-%02d is not a calendar date", year, month, day));
            }
        }
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; the form sets the precision. */
    public static EventDate parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return new EventDate(
                Integer.parseInt(matcher.group(1)),
                matcher.group(2) == null ? null : Integer.parseInt(matcher.group(2)),
                matcher.group(3) == null ? null : Integer.parseInt(matcher.group(3)));
    }

    /** Parses a date that must lie in the atlas's period. */
    public static EventDate parseInPeriod(String text) {
        EventDate date = parse(text);
        if (!YearRange.isInPeriod(date.year())) {
            throw new IllegalArgumentException(
                    text + " lies outside " + YearRange.EARLIEST + "–" + YearRange.LATEST);
        }
        return date;
    }

    public DatePrecision precision() {
        return day != null ? DatePrecision.DAY : month != null ? DatePrecision.MONTH : DatePrecision.YEAR;
    }

    /** The date at its precision, e.g. "14 Feb 1950", "May 1955", "1960"; Arabic uses Arabic month names. */
    public String format(Lang lang) {
        if (month == null) {
            return String.valueOf(year);
        }
        // Arabic has no customary short month names.
        TextStyle style = lang == Lang.AR ? TextStyle.FULL : TextStyle.SHORT;
        String monthName = Month.of(month).getDisplayName(style, lang.locale());
        return day == null ? monthName + " " + year : day + " " + monthName + " " + year;
    }

    /** The ISO form it was written in. */
    public String iso() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    @Override
    public int compareTo(EventDate other) {
        int byYear = Integer.compare(year, other.year);
        if (byYear != 0) {
            return byYear;
        }
        int byMonth = Integer.compare(month == null ? 0 : month, other.month == null ? 0 : other.month);
        return byMonth != 0 ? byMonth : Integer.compare(day == null ? 0 : day, other.day == null ? 0 : other.day);
    }

    @Override
    public String toString() {
        return iso();
    }
}
