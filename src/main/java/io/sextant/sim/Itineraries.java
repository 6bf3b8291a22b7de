package io.sextant.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.locationtech.jts.geom.Coordinate;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.FloorPoint;
import io.sextant.geometry.NavigationGraph;
import io.sextant.geometry.Route;
import io.sextant.geometry.Site;
import io.sextant.geometry.Zone;
import io.sextant.geometry.ZoneKind;

/**
 * Turns a group's {@link Behaviour} into the stops of one tag's walk ({@link TagWalker#walkThrough}). Every draw
 * comes from the caller's random source in a fixed order. Immutable, thread-safe.
 */
final class Itineraries {

    /** Where staff go: anywhere care or its supplies happen, not corridors or public areas. */
    private static final Set<ZoneKind> STAFF_ZONES = EnumSet.of(ZoneKind.ROOM, ZoneKind.BAY, ZoneKind.NURSE_STATION,
            ZoneKind.CLEAN_UTILITY, ZoneKind.DIRTY_UTILITY, ZoneKind.STORAGE);
    /** The round a piece of equipment makes: clean from the store, used at a bedside, cleaned in dirty utility. */
    private static final List<Set<ZoneKind>> EQUIPMENT_ROUND = List.of(EnumSet.of(ZoneKind.STORAGE),
            EnumSet.of(ZoneKind.ROOM, ZoneKind.BAY), EnumSet.of(ZoneKind.DIRTY_UTILITY));
    private static final double PATIENT_STROLL_MIN_SECONDS = 10, PATIENT_STROLL_MAX_SECONDS = 40;
    /** Bounds the stops of a walk whose stays are all near zero. */
    private static final int MAX_STOPS = 10_000;

    private record Place(String floorId, Zone zone) {
    }

    private final Site site;
    private final NavigationGraph graph;

    Itineraries(Site site, NavigationGraph graph) {
        this.site = site;
        this.graph = graph;
    }

    /** Walking speed: staff stride out, patients shuffle, an infant is carried briskly. */
    static double speedMetresPerSecond(Behaviour behaviour, SplittableRandom random) {
        return switch (behaviour) {
            case STAFF -> 1.2 + 0.3 * random.nextDouble();
            case EQUIPMENT -> 0.8;
            case PATIENT -> 0.7;
            case WANDER -> 0.9;
            case INFANT -> 1.3;
        };
    }

    /** @throws IllegalArgumentException if the group's floors and area have no zone the behaviour needs */
    List<Stop> stops(TagGroup group, Duration duration, SplittableRandom random) {
        List<Place> places = places(group);
        double totalSeconds = duration.toMillis() / 1000.0;
        return switch (group.behaviour()) {
            case STAFF -> repeat(totalSeconds, () -> stop(pick(places, STAFF_ZONES, random), group, random));
            case EQUIPMENT -> equipmentRound(places, group, totalSeconds, random);
            case PATIENT -> patientDay(places, group, totalSeconds, random);
            case WANDER -> escape(pick(places, EnumSet.of(ZoneKind.ROOM), random), true, group, totalSeconds, random);
            case INFANT -> escape(pick(places, EnumSet.allOf(ZoneKind.class), random), false, group, totalSeconds,
                    random);
        };
    }

    private List<Stop> equipmentRound(List<Place> places, TagGroup group, double totalSeconds,
            SplittableRandom random) {
        int[] step = {0};
        return repeat(totalSeconds, () -> {
            Set<ZoneKind> kinds = EQUIPMENT_ROUND.get(step[0]++ % EQUIPMENT_ROUND.size());
            return stop(pick(places, kinds, random), group, random);
        });
    }

    private List<Stop> patientDay(List<Place> places, TagGroup group, double totalSeconds, SplittableRandom random) {
        Place room = pick(places, EnumSet.of(ZoneKind.ROOM), random);
        List<Place> corridors = corridorsNextTo(room);
        int[] step = {0};
        return repeat(totalSeconds, () -> step[0]++ % 2 == 0 ? stop(room, group, random) : stroll(corridors, random));
    }

    private static Stop stroll(List<Place> corridors, SplittableRandom random) {
        Place corridor = corridors.get(random.nextInt(corridors.size()));
        return new Stop(TagWalker.pointIn(corridor.floorId(), corridor.zone(), random),
                uniform(PATIENT_STROLL_MIN_SECONDS, PATIENT_STROLL_MAX_SECONDS, random));
    }

    /** Stays where it starts for the group's delay, then goes to the nearest way out and stays there. */
    private List<Stop> escape(Place start, boolean exitDoors, TagGroup group, double totalSeconds,
            SplittableRandom random) {
        FloorPoint from = TagWalker.pointIn(start.floorId(), start.zone(), random);
        FloorPlan floor = site.floor(start.floorId()).orElseThrow();
        List<FloorPoint> waysOut = new ArrayList<>();
        if (exitDoors) {
            floor.openings().stream().filter(o -> o.exitDoor()).map(o -> o.midpoint())
                    .forEach(c -> waysOut.add(point(floor, c)));
        }
        floor.zones().stream().filter(z -> z.kind() == ZoneKind.STAIRS)
                .forEach(z -> waysOut.add(point(floor, z.polygon().getInteriorPoint().getCoordinate())));
        FloorPoint nearest = waysOut.stream()
                .min(Comparator.comparingDouble(p -> graph.route(from, p).map(Route::distanceMetres)
                        .orElse(Double.POSITIVE_INFINITY)))
                .orElseThrow(() -> new IllegalArgumentException("floor '" + floor.id() + "' has no way out"));
        return List.of(new Stop(from, group.delaySeconds()), new Stop(nearest, totalSeconds));
    }

    private List<Place> corridorsNextTo(Place room) {
        FloorPlan floor = site.floor(room.floorId()).orElseThrow();
        List<Place> corridors = floor.zones().stream().filter(z -> z.kind() == ZoneKind.CORRIDOR)
                .filter(z -> floor.openings().stream().anyMatch(o -> o.joins(z.id()) && o.joins(room.zone().id())))
                .map(z -> new Place(floor.id(), z)).toList();
        return corridors.isEmpty() ? List.of(room) : corridors;
    }

    private List<Place> places(TagGroup group) {
        List<Place> places = new ArrayList<>();
        for (FloorPlan floor : site.floors()) {
            if (!group.floors().isEmpty() && !group.floors().contains(floor.id())) {
                continue;
            }
            floor.zones().stream()
                    .filter(z -> group.area().isEmpty() || group.area().get().equals(z.id())
                            || z.parentId().equals(group.area()))
                    .forEach(z -> places.add(new Place(floor.id(), z)));
        }
        return places;
    }

    private static Place pick(List<Place> places, Set<ZoneKind> kinds, SplittableRandom random) {
        List<Place> fitting = places.stream().filter(p -> kinds.contains(p.zone().kind())).toList();
        if (fitting.isEmpty()) {
            throw new IllegalArgumentException("no zone of kind " + kinds + " on the group's floors and area");
        }
        return fitting.get(random.nextInt(fitting.size()));
    }

    private static Stop stop(Place place, TagGroup group, SplittableRandom random) {
        return new Stop(TagWalker.pointIn(place.floorId(), place.zone(), random),
                uniform(group.minDwellSeconds(), group.maxDwellSeconds(), random));
    }

    /** Stops until their stays alone fill the time: walking between them only makes the walk longer. */
    private static List<Stop> repeat(double totalSeconds, Supplier<Stop> next) {
        List<Stop> stops = new ArrayList<>();
        double seconds = 0;
        while (seconds < totalSeconds && stops.size() < MAX_STOPS) {
            Stop stop = next.get();
            stops.add(stop);
            seconds += stop.dwellSeconds();
        }
        return stops;
    }

    private static FloorPoint point(FloorPlan floor, Coordinate c) {
        return new FloorPoint(floor.id(), c.x, c.y);
    }

    private static double uniform(double min, double max, SplittableRandom random) {
        return min + random.nextDouble() * (max - min);
    }
}
