/**
 * Loading data/ into H2: read, validate everything (every problem, with file, row and field),
 * then replace the stored dataset in one transaction, or change nothing.
 */
package org.relationsatlas.dataset;
