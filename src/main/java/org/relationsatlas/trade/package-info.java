/** The yearly China–Russia trade series, with its sources. */
package org.relationsatlas.trade;
