package io.sextant.geometry;

import java.util.List;

/**
 * A walking route through a site. Immutable, thread-safe.
 *
 * @param distanceMetres horizontal length of the polyline plus, for each change of floor, the stair or lift cost
 *        of {@link NavigationSettings} (in metres of level walking that take as long)
 * @param points the polyline from start to end; consecutive points on different floors are the two landings of a
 *        stair flight or lift ride
 */
public record Route(double distanceMetres, List<FloorPoint> points) {

    public Route {
        points = List.copyOf(points);
    }
}
