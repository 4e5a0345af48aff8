/**
 * The two languages (English, Arabic) with their direction and digits, two-language text
 * ({@link org.relationsatlas.i18n.Bilingual}) and the UI's own words. No Vaadin here: pages set their
 * language through {@code ui.PageLanguage}.
 */
package org.relationsatlas.i18n;
