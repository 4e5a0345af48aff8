/**
 * The on-demand benchmark ({@code ./atlas bench}), not part of the test suite: the atlas beside a plain
 * OpenLayers page drawing the same map, many sessions at once, Lighthouse, and figures saved as JSON
 * so that two runs can be compared.
 */
package org.relationsatlas.bench;
