package org.relationsatlas.dataset;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import tools.jackson.databind.JsonNode;

/**
 * Reads a GeoJSON geometry (RFC 7946: lon, lat in WGS 84) into JTS and checks that it is valid:
 * well-formed positions inside the world's bounds, closed rings, no self-intersections.
 */
final class GeometryReader {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private GeometryReader() {
    }

    /** @throws IllegalArgumentException saying what is wrong */
    static Geometry read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("missing or not an object");
        }
        String type = node.path("type").asString("");
        JsonNode coordinates = node.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new IllegalArgumentException(type + " has no 'coordinates' array");
        }
        Geometry geometry = switch (type) {
            case "Point" -> FACTORY.createPoint(position(coordinates));
            case "LineString" -> line(coordinates);
            case "MultiLineString" -> FACTORY.createMultiLineString(
                    each(coordinates, GeometryReader::line).toArray(LineString[]::new));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> FACTORY.createMultiPolygon(
                    each(coordinates, GeometryReader::polygon).toArray(Polygon[]::new));
            default -> throw new IllegalArgumentException("unsupported geometry type '" + type
                    + "' (use Point, LineString, MultiLineString, Polygon or MultiPolygon)");
        };
        IsValidOp validity = new IsValidOp(geometry);
        if (!validity.isValid()) {
            TopologyValidationError error = validity.getValidationError();
            Coordinate at = error.getCoordinate();
            throw new IllegalArgumentException("invalid " + type + ": " + error.getMessage()
                    + (at == null ? "" : " at " + at.x + ", " + at.y));
        }
        return geometry;
    }

    private static <T> List<T> each(JsonNode array, java.util.function.Function<JsonNode, T> read) {
        if (array.isEmpty()) {
            throw new IllegalArgumentException("empty coordinate list");
        }
        List<T> result = new ArrayList<>();
        for (JsonNode element : array) {
            if (!element.isArray()) {
                throw new IllegalArgumentException("expected an array of coordinates, got " + element);
            }
            result.add(read.apply(element));
        }
        return result;
    }

    private static LineString line(JsonNode positions) {
        Coordinate[] points = each(positions, GeometryReader::position).toArray(Coordinate[]::new);
        if (points.length < 2) {
            throw new IllegalArgumentException("a line needs at least two positions");
        }
        return FACTORY.createLineString(points);
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> linearRings = each(rings, GeometryReader::ring);
        return FACTORY.createPolygon(linearRings.getFirst(),
                linearRings.subList(1, linearRings.size()).toArray(LinearRing[]::new));
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] points = each(positions, GeometryReader::position).toArray(Coordinate[]::new);
        if (points.length < 4) {
            throw new IllegalArgumentException("a polygon ring needs at least four positions");
        }
        if (!points[0].equals2D(points[points.length - 1])) {
            throw new IllegalArgumentException("polygon ring is not closed: it starts at "
                    + points[0].x + ", " + points[0].y + " and ends at "
                    + points[points.length - 1].x + ", " + points[points.length - 1].y);
        }
        return FACTORY.createLinearRing(points);
    }

    private static Coordinate position(JsonNode position) {
        if (position.size() < 2 || position.size() > 3 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("a position must be [longitude, latitude], got " + position);
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("position " + position
                    + " is outside the world (longitude first, -180..180; latitude -90..90)");
        }
        return new Coordinate(lon, lat);
    }
}
