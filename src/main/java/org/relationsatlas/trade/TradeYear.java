package org.relationsatlas.trade;

import java.math.BigDecimal;

import org.relationsatlas.sources.Source;

/**
 * Total China–Russia trade in one year, as one customs service reports it.
 *
 * @param basis  whose figures: "china-customs" or "russia-customs" (they differ)
 * @param noteEn        a revision or a disagreement between sources, or null
 * @param partialMonths for a year not yet over, the months the figure covers (1: January only, 10: January to
 *                      October); null for a whole year
 */
public record TradeYear(int year, BigDecimal totalUsdBn, String basis, Source source, String noteEn, String noteAr,
        Integer partialMonths) {

    /** The most months a partial year can cover: twelve are the whole year. */
    public static final int MOST_PARTIAL_MONTHS = 11;

    public boolean isPartial() {
        return partialMonths != null;
    }
}
