/**
 * Pieces every page uses: the page header with its language switch, notices and problem lists, the
 * event card, labels of categories, layers and statuses, the page's language, the addresses of every
 * page, and the once-per-round-trip batching of components' updates.
 */
package org.relationsatlas.ui;
