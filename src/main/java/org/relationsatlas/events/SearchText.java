package org.relationsatlas.events;

import java.text.Normalizer;

/**
 * Text folded for searching, with the way back to the original: case and Latin accents are ignored,
 * and in Arabic the short-vowel marks, tatweel and the spellings of hamza on alef, waw and ya.
 * Arabic-Indic digits count as the Western ones, as the Arabic view shows them.
 * So "معاهدة" finds "مُعاهَدة", "اتفاقية" finds "إتفاقية", "١٩٥٠" finds "1950" and "zhenbao" finds "Zhenbao".
 *
 * @param folded   the folded text
 * @param original for each folded character, its index in the original text
 */
public record SearchText(String folded, int[] original) {

    public static SearchText of(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        int[] original = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            String piece = fold(text.charAt(i));
            for (int j = 0; j < piece.length(); j++) {
                original[folded.length()] = i;
                folded.append(piece.charAt(j));
            }
        }
        return new SearchText(folded.toString(), java.util.Arrays.copyOf(original, folded.length()));
    }

    /** The query folded the same way. */
    public static String foldQuery(String query) {
        return of(query.strip()).folded();
    }

    private static String fold(char c) {
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
            return ""; // harakat, superscript alef, tatweel
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return String.valueOf((char) ('0' + (c - '\u0660')));
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> {
                return "ا";
            }
            case 'ؤ' -> {
                return "و";
            }
            case 'ئ', 'ى' -> {
                return "ي";
            }
            case 'ة' -> {
                return "ه";
            }
            default -> {
                String plain = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                return plain.toLowerCase(java.util.Locale.ROOT);
            }
        }
    }

    /** Where the folded query first occurs, as [start, end) in the original text; null when it does not. */
    public int[] find(String foldedQuery) {
        if (foldedQuery.isEmpty()) {
            return null;
        }
        int at = folded.indexOf(foldedQuery);
        if (at < 0) {
            return null;
        }
        return new int[] {original[at], original[at + foldedQuery.length() - 1] + 1};
    }
}
