/** Languages (English, Arabic), text direction and UI text. */
package org.relationsatlas.i18n;
