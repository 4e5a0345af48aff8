/** The atlas's period and year ranges, shared by every feature. */
package org.relationsatlas.years;
