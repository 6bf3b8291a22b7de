package io.sextant.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.FloorPoint;
import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Route;
import io.sextant.geometry.Site;
import io.sextant.geometry.Zone;

/**
 * Moves a tag the way people and equipment move: it stays a while at a random point of a random zone, walks the
 * shortest route of a {@link NavigationGraph} to a random point of another, stays again, and so on. Because it only
 * ever follows routes, it stays in walkable space and passes walls through doors.
 * <p>
 * Destinations are the zones of the site (or of one floor) other than stairs and lifts, which are passed through,
 * not visited; each zone is equally likely whatever its size, so small rooms are visited as often as big wards. A
 * route's extra cost for a change of floor (stairs or lift, in metres of level walking) is spent at the departure
 * landing, shared equally between the route's floor changes, and the tag is reported there until it arrives.
 * <p>
 * Results depend only on the site's lists and the random source: the same seed gives the same walk. Immutable,
 * thread-safe (the random source is the caller's and must not be shared between threads).
 */
public final class TagWalker {

    /** Tries at drawing a reachable destination, or a point in a zone, before settling for less. */
    private static final int MAX_ATTEMPTS = 100;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private record Destination(String floorId, Zone zone) {
    }

    /** A straight piece of the walk, or a stay when {@code from} equals {@code to}. */
    private record Leg(FloorPoint from, FloorPoint to, double startSeconds, double endSeconds) {

        FloorPoint at(double seconds) {
            if (!from.floorId().equals(to.floorId()) || endSeconds == startSeconds) {
                return from;
            }
            double f = Math.min(1, (seconds - startSeconds) / (endSeconds - startSeconds));
            return new FloorPoint(from.floorId(), from.x() + f * (to.x() - from.x()),
                    from.y() + f * (to.y() - from.y()));
        }
    }

    private final NavigationGraph graph;
    private final WalkerSettings settings;
    private final List<Destination> destinations;

    /** A walker between the zones of every floor of the site. */
    public TagWalker(Site site, NavigationGraph graph, WalkerSettings settings) {
        this(site.floors(), graph, settings);
    }

    /**
     * A walker between the zones of one floor of the site.
     *
     * @throws IllegalArgumentException if the site has no such floor
     */
    public TagWalker(Site site, String floorId, NavigationGraph graph, WalkerSettings settings) {
        this(List.of(site.floor(floorId).orElseThrow(() -> new IllegalArgumentException("no floor '" + floorId
                + "' in site '" + site.id() + "'"))), graph, settings);
    }

    private TagWalker(List<FloorPlan> floors, NavigationGraph graph, WalkerSettings settings) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.settings = Objects.requireNonNull(settings, "settings");
        destinations = floors.stream()
                .flatMap(f -> f.zones().stream().filter(z -> !z.kind().isVerticalConnector())
                        .map(z -> new Destination(f.id(), z)))
                .toList();
        if (destinations.isEmpty()) {
            throw new IllegalArgumentException("no zone to walk to: the floors have no zones but stairs and lifts");
        }
    }

    /**
     * A walk from a random point, sampled every {@link WalkerSettings#sampleIntervalSeconds()} from {@code start}
     * (included) to {@code start + duration} (excluded).
     */
    public List<WalkSample> walk(Instant start, Duration duration, SplittableRandom random) {
        double totalSeconds = duration.toNanos() / 1e9;
        return samples(start, totalSeconds, legs(totalSeconds, random));
    }

    /**
     * A walk through the given stops in order, sampled like {@link #walk}: it starts at the first stop, stays its
     * dwell, walks the shortest route to the next, and so on, and after the last stays there until the end. A stop
     * no route reaches is skipped. Draws nothing: the stops carry all the chance there is.
     *
     * @throws IllegalArgumentException if there are no stops
     */
    public List<WalkSample> walkThrough(Instant start, Duration duration, List<Stop> stops) {
        if (stops.isEmpty()) {
            throw new IllegalArgumentException("no stops to walk through");
        }
        double totalSeconds = duration.toNanos() / 1e9;
        List<Leg> legs = new ArrayList<>();
        FloorPoint here = stops.get(0).point();
        double seconds = 0;
        for (int i = 0; i < stops.size() && seconds < totalSeconds; i++) {
            Optional<Route> route = i == 0 ? Optional.empty() : graph.route(here, stops.get(i).point());
            if (i > 0 && route.isEmpty()) {
                continue;
            }
            if (route.isPresent()) {
                seconds = addRoute(legs, here, route.get(), seconds);
                here = legs.get(legs.size() - 1).to();
            }
            legs.add(new Leg(here, here, seconds, seconds + stops.get(i).dwellSeconds()));
            seconds += stops.get(i).dwellSeconds();
        }
        // the last stay lasts past the end, so sampling always finds a leg
        legs.add(new Leg(here, here, seconds, Math.max(seconds, totalSeconds) + 1));
        return samples(start, totalSeconds, legs);
    }

    /** A uniform point of the zone, as {@link #walk} draws its destinations. */
    static FloorPoint pointIn(String floorId, Zone zone, SplittableRandom random) {
        return randomPoint(new Destination(floorId, zone), random);
    }

    private List<WalkSample> samples(Instant start, double totalSeconds, List<Leg> legs) {
        List<WalkSample> samples = new ArrayList<>();
        int leg = 0;
        for (long k = 0; k * settings.sampleIntervalSeconds() < totalSeconds; k++) {
            double seconds = k * settings.sampleIntervalSeconds();
            while (legs.get(leg).endSeconds() <= seconds) {
                leg++;
            }
            FloorPoint point = legs.get(leg).at(seconds);
            samples.add(new WalkSample(start.plusNanos(Math.round(seconds * 1e9)), point.floorId(), point.x(),
                    point.y()));
        }
        return List.copyOf(samples);
    }

    /** Stays and walks, back to back from time zero, until past the end. */
    private List<Leg> legs(double totalSeconds, SplittableRandom random) {
        List<Leg> legs = new ArrayList<>();
        FloorPoint here = randomPoint(destinations.get(random.nextInt(destinations.size())), random);
        double seconds = 0;
        while (seconds < totalSeconds) {
            double dwellSeconds = settings.minDwellSeconds()
                    + random.nextDouble() * (settings.maxDwellSeconds() - settings.minDwellSeconds());
            legs.add(new Leg(here, here, seconds, seconds + dwellSeconds));
            seconds += dwellSeconds;
            Optional<Route> route = routeToRandomDestination(here, random);
            if (route.isPresent()) {
                seconds = addRoute(legs, here, route.get(), seconds);
                here = legs.get(legs.size() - 1).to();
            }
        }
        return legs;
    }

    private double addRoute(List<Leg> legs, FloorPoint here, Route route, double seconds) {
        List<FloorPoint> points = new ArrayList<>();
        points.add(here);
        points.addAll(route.points());
        double levelMetres = 0;
        int floorChanges = 0;
        for (int i = 1; i < points.size(); i++) {
            double metres = points.get(i - 1).distanceMetres(points.get(i));
            if (Double.isInfinite(metres)) {
                floorChanges++;
            } else {
                levelMetres += metres;
            }
        }
        double changeMetres = floorChanges == 0 ? 0 : Math.max(0, route.distanceMetres() - levelMetres) / floorChanges;
        for (int i = 1; i < points.size(); i++) {
            double metres = points.get(i - 1).distanceMetres(points.get(i));
            double legSeconds = (Double.isInfinite(metres) ? changeMetres : metres) / settings.speedMetresPerSecond();
            legs.add(new Leg(points.get(i - 1), points.get(i), seconds, seconds + legSeconds));
            seconds += legSeconds;
        }
        return seconds;
    }

    private Optional<Route> routeToRandomDestination(FloorPoint here, SplittableRandom random) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            FloorPoint there = randomPoint(destinations.get(random.nextInt(destinations.size())), random);
            Optional<Route> route = graph.route(here, there);
            if (route.isPresent()) {
                return route;
            }
        }
        return Optional.empty();
    }

    /** A uniform point of the zone by rejection from its envelope; its interior point if the zone is a sliver. */
    private static FloorPoint randomPoint(Destination destination, SplittableRandom random) {
        Polygon polygon = destination.zone().polygon();
        Envelope box = polygon.getEnvelopeInternal();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Coordinate c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                    box.getMinY() + random.nextDouble() * box.getHeight());
            if (polygon.contains(FACTORY.createPoint(c))) {
                return new FloorPoint(destination.floorId(), c.x, c.y);
            }
        }
        Coordinate inside = polygon.getInteriorPoint().getCoordinate();
        return new FloorPoint(destination.floorId(), inside.x, inside.y);
    }
}
