package org.relationsatlas.map;

import java.io.Serializable;

/**
 * A place to look at: centre (lon, lat in degrees) and web-map zoom level. The browser's type for it
 * is {@code MapCamera} in frontend/atlas-map-contract.ts.
 */
public record MapCamera(double lon, double lat, double zoom) implements Serializable {
}
