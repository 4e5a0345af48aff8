package org.relationsatlas.trade;

import java.math.BigDecimal;

import org.relationsatlas.sources.Source;

/**
 * Total China–Russia trade in one year, as one customs service reports it.
 *
 * @param basis  whose figures: "china-customs" or "russia-customs" (they differ)
 * @param noteEn a revision or a disagreement between sources, or null
 */
public record TradeYear(int year, BigDecimal totalUsdBn, String basis, Source source, String noteEn, String noteAr) {
}
