package org.relationsatlas.sources;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A public page that states a fact shown in the atlas.
 *
 * @param published the page's own date as written in the dataset (YYYY, YYYY-MM or YYYY-MM-DD), or null
 * @param titleLang the language of the title as a BCP 47 tag ("en", "ru", "zh"…), or null where not given;
 *                  a page shows it as the link's lang, so a screen reader reads the title in its own language
 */
public record Source(String title, String publisher, String url, String published,
                     @JsonProperty("title_lang") String titleLang) {
}
