/**
 * Floor plans and the geometry services built on them: which zones hold a point
 * ({@link io.sextant.geometry.ZoneIndex}), which walls a line passes ({@link io.sextant.geometry.WallCrossing}),
 * where a person can stand ({@link io.sextant.geometry.WalkableArea}), how far apart two points are on foot
 * ({@link io.sextant.geometry.NavigationGraph}), where the site is on the earth
 * ({@link io.sextant.geometry.Georeference}), and what is wrong with imported data
 * ({@link io.sextant.geometry.SiteValidation}).
 * <p>
 * Coordinates are in each site's local frame: metres, x east, y north; a point is named by its floor's id and
 * (x, y). Model records are immutable, and JTS geometries handed to them must not be changed afterwards. Every
 * class states whether it is thread-safe. This package uses only {@code java.*} and JTS, so it is fast and tests
 * in microseconds.
 */
package io.sextant.geometry;
