package io.sextant.geometry;

/**
 * A position on the WGS84 ellipsoid (EPSG:4326), latitude first as that CRS defines. Immutable, thread-safe.
 *
 * @param latitudeDegrees north positive
 * @param longitudeDegrees east positive, in [-180, 180)
 */
public record Wgs84Point(double latitudeDegrees, double longitudeDegrees) {
}
