package org.relationsatlas.lessons;

/** Where the map looks: centre in degrees (WGS 84) and the web-map zoom level. */
public record Camera(double lon, double lat, double zoom) {

    public static final double MIN_ZOOM = 2;
    public static final double MAX_ZOOM = 12;

    public Camera {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -85 && lat <= 85) || !(zoom >= MIN_ZOOM && zoom <= MAX_ZOOM)) {
            throw new IllegalArgumentException("camera " + lon + ", " + lat + ", zoom " + zoom
                    + " is off the map (lon −180..180, lat −85..85, zoom " + MIN_ZOOM + ".." + MAX_ZOOM + ")");
        }
    }
}
