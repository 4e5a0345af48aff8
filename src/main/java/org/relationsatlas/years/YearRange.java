package org.relationsatlas.years;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * An inclusive range of years inside the atlas's period. The limits are shared by the database,
 * the dataset validation, the API and the UI, so they are defined once, here.
 */
public record YearRange(int from, int to) {

    public static final int EARLIEST = 1945;
    public static final int LATEST = 2026;
    public static final YearRange ALL = new YearRange(EARLIEST, LATEST);

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public YearRange {
        if (!isInPeriod(from) || !isInPeriod(to)) {
            throw new IllegalArgumentException(
                    "years must lie between " + EARLIEST + " and " + LATEST + ", got " + from + "–" + to);
        }
        if (from > to) {
            throw new IllegalArgumentException("the range starts after it ends: " + from + " > " + to);
        }
    }

    public static boolean isInPeriod(int year) {
        return year >= EARLIEST && year <= LATEST;
    }

    /** Parses a four-digit year; empty when the text is not one. */
    public static OptionalInt parseYear(String text) {
        if (text == null || !YEAR.matcher(text.strip()).matches()) {
            return OptionalInt.empty();
        }
        int year = Integer.parseInt(text.strip());
        return isInPeriod(year) ? OptionalInt.of(year) : OptionalInt.empty();
    }

    public boolean contains(int year) {
        return year >= from && year <= to;
    }

    /** Whether something that existed from {@code first} to {@code last} (null: still exists) overlaps this range. */
    public boolean overlaps(int first, Integer last) {
        return first <= to && (last == null || last >= from);
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
