package org.relationsatlas.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.relationsatlas.sources.Source;
import org.relationsatlas.trade.TradeYear;
import org.relationsatlas.years.YearRange;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads trade.csv: one row per year with the total, whose customs figures they are, and the source. */
final class TradeReader {

    static final String FILE = "trade.csv";
    static final int FIRST_YEAR = 1992;
    static final List<String> COLUMNS = List.of("year", "total_usd_bn", "basis", "source_title", "source_publisher",
            "source_url", "source_date", "source_title_lang", "note_en", "note_ar", "partial_months");
    private static final Set<String> BASES = Set.of("china-customs", "russia-customs");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,4}(\\.\\d{1,2})?");
    private static final Pattern MONTHS = Pattern.compile("\\d{1,2}");

    private final JsonMapper json;

    TradeReader(JsonMapper json) {
        this.json = json;
    }

    List<TradeYear> read(String text, List<DatasetProblem> problems) {
        List<TradeYear> years = new ArrayList<>();
        List<List<String>> rows;
        try {
            rows = CsvRows.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new DatasetProblem(FILE, "", "", "not valid CSV: " + e.getMessage()));
            return years;
        }
        if (rows.isEmpty() || !rows.getFirst().equals(COLUMNS)) {
            problems.add(new DatasetProblem(FILE, "line 1", "", "the header must be " + String.join(",", COLUMNS)));
            return years;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            Row row = new Row(FILE, "line " + (i + 1), asObject(cells), problems);
            if (cells.size() != COLUMNS.size()) {
                row.problem("", "has " + cells.size() + " fields; the header has " + COLUMNS.size());
                continue;
            }
            int before = row.problemCount();
            TradeYear year = readYear(row, seen);
            if (row.problemCount() == before) {
                years.add(year);
            }
        }
        partialOnlyInTheLastYear(years, problems);
        return years;
    }

    /** Only the series' last year may be one not yet over: an earlier partial figure would read as a fall. */
    private static void partialOnlyInTheLastYear(List<TradeYear> years, List<DatasetProblem> problems) {
        int last = years.stream().mapToInt(TradeYear::year).max().orElse(0);
        years.stream().filter(year -> year.isPartial() && year.year() != last).forEach(year -> problems.add(
                new DatasetProblem(FILE, "year " + year.year(), "partial_months",
                        "only the last year of the series (" + last + ") may be partial")));
    }

    private TradeYear readYear(Row row, Set<Integer> seen) {
        String yearText = row.requiredText("year", 4, Row.Script.ANY);
        int year = YearRange.parseYear(yearText).orElse(-1);
        if (yearText != null && (year < FIRST_YEAR || year > YearRange.LATEST)) {
            row.problem("year", "'" + yearText + "' is not a year from " + FIRST_YEAR + " to " + YearRange.LATEST);
        } else if (yearText != null && !seen.add(year)) {
            row.problem("year", year + " appears twice");
        }
        String amount = row.requiredText("total_usd_bn", 10, Row.Script.ANY);
        if (amount != null && !AMOUNT.matcher(amount).matches()) {
            row.problem("total_usd_bn", "'" + amount + "' is not an amount in billions like 240.1");
        }
        String basis = row.requiredText("basis", 20, Row.Script.ANY);
        if (basis != null && !BASES.contains(basis)) {
            row.problem("basis", "'" + basis + "' is not china-customs or russia-customs");
        }
        String url = row.requiredText("source_url", DatasetLimits.URL_MAX, Row.Script.ANY);
        SourceFields.checkWebAddress(row, "source_url", url);
        String date = row.optionalText("source_date", 10, Row.Script.ANY);
        SourceFields.checkDate(row, "source_date", date);
        Source source = new Source(row.requiredText("source_title", DatasetLimits.SOURCE_TITLE_MAX, Row.Script.ANY),
                row.requiredText("source_publisher", DatasetLimits.PUBLISHER_MAX, Row.Script.ANY), url, date,
                SourceFields.titleLang(row, "source_title_lang"));
        String noteEn = row.optionalText("note_en", DatasetLimits.NOTE_MAX, Row.Script.LATIN);
        String noteAr = row.optionalText("note_ar", DatasetLimits.NOTE_MAX, Row.Script.ARABIC);
        if ((noteEn == null) != (noteAr == null)) {
            row.problem(noteEn == null ? "note_en" : "note_ar", "a note needs both English and Arabic");
        }
        Integer partialMonths = partialMonths(row);
        return amount == null || !AMOUNT.matcher(amount).matches() ? null
                : new TradeYear(year, new BigDecimal(amount), basis, source, noteEn, noteAr, partialMonths);
    }

    /** Empty for a whole year; else the months covered from January, 1 to 11. */
    private static Integer partialMonths(Row row) {
        String text = row.optionalText("partial_months", 2, Row.Script.ANY);
        if (text == null) {
            return null;
        }
        int months = MONTHS.matcher(text).matches() ? Integer.parseInt(text) : 0;
        if (months < 1 || months > TradeYear.MOST_PARTIAL_MONTHS) {
            row.problem("partial_months", "'" + text + "' is not a number of months from 1 to "
                    + TradeYear.MOST_PARTIAL_MONTHS + " (leave it empty for a whole year)");
            return null;
        }
        return months;
    }

    /** The cells as a JSON object keyed by column, so the shared field checks apply; empty cells are absent. */
    private ObjectNode asObject(List<String> cells) {
        ObjectNode object = json.createObjectNode();
        for (int i = 0; i < Math.min(cells.size(), COLUMNS.size()); i++) {
            if (!cells.get(i).isBlank()) {
                object.put(COLUMNS.get(i), cells.get(i));
            }
        }
        return object;
    }
}
