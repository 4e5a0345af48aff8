/** Shared pieces of the HTTP API: strict query parsing, JSON errors, bounded request bodies, and answers kept pre-compressed until the served data changes. */
package org.relationsatlas.api;
