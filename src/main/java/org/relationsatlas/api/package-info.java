/** Shared pieces of the HTTP API: strict query parsing and JSON errors. */
package org.relationsatlas.api;
