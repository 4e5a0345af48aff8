package org.relationsatlas.api;

import java.util.OptionalInt;

import org.relationsatlas.years.YearRange;

/** Strict parsing of the API's query parameters: anything malformed is a 400 that says what. */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** from/to as four-digit years inside the period; a missing one defaults to the period's end. */
    public static YearRange yearRange(String from, String to) {
        int first = year("from", from, YearRange.EARLIEST);
        int last = year("to", to, YearRange.LATEST);
        if (first > last) {
            throw new BadRequestException("'from' (" + first + ") is after 'to' (" + last + ")");
        }
        return new YearRange(first, last);
    }

    private static int year(String name, String text, int missing) {
        if (text == null || text.isBlank()) {
            return missing;
        }
        OptionalInt year = YearRange.parseYear(text);
        if (year.isEmpty()) {
            throw new BadRequestException("'" + name + "' must be a four-digit year, got '" + text + "'");
        }
        if (!YearRange.isInPeriod(year.getAsInt())) {
            throw new BadRequestException("'" + name + "' must lie between " + YearRange.EARLIEST
                    + " and " + YearRange.LATEST + ", got " + year.getAsInt());
        }
        return year.getAsInt();
    }
}
