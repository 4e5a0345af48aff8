package org.relationsatlas.sources;

/**
 * A public page that states a fact shown in the atlas.
 *
 * @param published the page's own date as written in the dataset (YYYY, YYYY-MM or YYYY-MM-DD), or null
 */
public record Source(String title, String publisher, String url, String published) {
}
