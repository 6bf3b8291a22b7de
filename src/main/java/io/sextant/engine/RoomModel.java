package io.sextant.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.MountedDevice;
import io.sextant.geometry.Zone;
import io.sextant.geometry.ZoneIndex;
import io.sextant.geometry.ZoneKind;

/**
 * What {@link RoomLocator} needs of a floor for room-level BLE: the places a tag can be in, and the RSSI every
 * device should read from points spread over each.
 * <p>
 * Places are the rooms, the innermost zones (other than corridors) holding a BLE device, and one more,
 * {@link #CORRIDOR_ID}: anywhere else on the floor (corridors, rooms without a device). Points lie on a square
 * lattice over the floor's zones, each belonging to the innermost room containing it, else to the corridor; a room
 * too small to hold a lattice node gets its interior point. The expected RSSIs at each point come from a
 * {@link BlePathLoss} (walls included) for a tag at {@link BlePathLoss#DEFAULT_TAG_HEIGHT_METRES}. Memory: two
 * floats per point per device (the expected RSSI and {@link RoomSilence}'s term), 0.9 MB for a 90 x 45 m floor
 * of the demo hospital with 62 devices and 1,800 points at the default 1.5 m lattice.
 * <p>
 * Immutable, thread-safe.
 */
public final class RoomModel {

    /** The place "in none of the rooms"; '~' is outside the plan's id alphabet, so no zone has this id. */
    public static final String CORRIDOR_ID = "~corridor";

    /**
     * @param latticeMetres spacing of the points (default 1.5 m: several points in a single room, few enough to be
     *        fast)
     * @param searchRadiusMetres radius around the strongest-sounding device within which a tag is looked for
     *        (default 12 m: two rooms' widths)
     * @param sensitivityDbm the weakest RSSI a device reports (default -95 dBm); silence from a device that should
     *        read well above it counts against a point ({@link RoomSilence})
     * @param outageProbability chance that a device in range reports nothing at all (default 0.05)
     */
    public record Settings(double latticeMetres, double searchRadiusMetres, double sensitivityDbm,
            double outageProbability) {

        public static final Settings DEFAULTS = new Settings(1.5, 12, -95, 0.05);

        public Settings {
            if (!(latticeMetres > 0) || !(searchRadiusMetres > 0) || !Double.isFinite(sensitivityDbm)
                    || !(outageProbability > 0 && outageProbability <= 1)) {
                throw new IllegalArgumentException("room lattice " + latticeMetres + " m, search radius "
                        + searchRadiusMetres + " m, sensitivity " + sensitivityDbm + " dBm, outage "
                        + outageProbability + "; expected lengths > 0, a finite sensitivity, outage in (0, 1]");
            }
        }
    }

    /**
     * A place a tag can be in, with where a room-level fix puts it.
     *
     * @param room false for the corridor place, whose position varies with the evidence
     * @param x a point inside the room (its centroid when that lies inside, else JTS's interior point)
     * @param accuracyMetres radius around (x, y) holding 95 % of the room's area
     */
    public record Place(String id, boolean room, double x, double y, double accuracyMetres) {
    }

    private record Spot(double x, double y, int place, String zoneId) {
    }

    private final BlePathLoss pathLoss;
    private final double latticeMetres;
    private final List<Place> places;
    private final Map<String, Integer> placeIndex = new HashMap<>();
    private final double[] pointX, pointY;
    private final int[] pointPlace;
    private final String[] pointZoneId;
    /** Expected RSSI, dBm, of every device at every point, point-major. */
    private final float[] expectedDbm;
    private final int[][] pointsNearDevice;
    private final RoomSilence silence;

    public RoomModel(FloorPlan floor, BlePathLoss pathLoss) {
        this(floor, pathLoss, Settings.DEFAULTS);
    }

    public RoomModel(FloorPlan floor, BlePathLoss pathLoss, Settings settings) {
        this.pathLoss = pathLoss;
        this.latticeMetres = settings.latticeMetres();
        ZoneIndex zones = new ZoneIndex(floor, 0);
        Map<String, Zone> rooms = rooms(zones, pathLoss);
        List<Place> all = new ArrayList<>();
        rooms.values().forEach(zone -> all.add(place(zone)));
        Point centre = floor.outline().getCentroid();
        all.add(new Place(CORRIDOR_ID, false, centre.getX(), centre.getY(), latticeMetres));
        places = List.copyOf(all);
        for (int i = 0; i < places.size(); i++) {
            placeIndex.put(places.get(i).id(), i);
        }
        List<Spot> spots = spots(floor.outline().getEnvelopeInternal(), zones, rooms);
        pointX = spots.stream().mapToDouble(Spot::x).toArray();
        pointY = spots.stream().mapToDouble(Spot::y).toArray();
        pointPlace = spots.stream().mapToInt(Spot::place).toArray();
        pointZoneId = spots.stream().map(Spot::zoneId).toArray(String[]::new);
        expectedDbm = expectations();
        pointsNearDevice = pointsNear(settings.searchRadiusMetres());
        double[] sigmaDb = new double[pathLoss.deviceCount()];
        Arrays.setAll(sigmaDb, pathLoss::shadowingSigmaDb);
        silence = new RoomSilence(expectedDbm, sigmaDb, settings.sensitivityDbm(), settings.outageProbability());
    }

    /** Rooms first, in zone id order, then the corridor. */
    public List<Place> places() {
        return places;
    }

    /** The place's index in {@link #places()}, or -1. */
    public int placeIndex(String placeId) {
        Integer index = placeId == null ? null : placeIndex.get(placeId);
        return index == null ? -1 : index;
    }

    public BlePathLoss pathLoss() {
        return pathLoss;
    }

    public double latticeMetres() {
        return latticeMetres;
    }

    public int pointCount() {
        return pointX.length;
    }

    double pointX(int point) {
        return pointX[point];
    }

    double pointY(int point) {
        return pointY[point];
    }

    int pointPlace(int point) {
        return pointPlace[point];
    }

    /** The innermost zone at the point. */
    String pointZoneId(int point) {
        return pointZoneId[point];
    }

    double expectedRssiDbm(int point, int device) {
        return expectedDbm[point * pathLoss.deviceCount() + device];
    }

    RoomSilence silence() {
        return silence;
    }

    /** Points within the search radius of the device, in no particular order. */
    int[] pointsNear(int device) {
        return pointsNearDevice[device];
    }

    private static Map<String, Zone> rooms(ZoneIndex zones, BlePathLoss pathLoss) {
        Map<String, Zone> rooms = new TreeMap<>();
        for (int d = 0; d < pathLoss.deviceCount(); d++) {
            MountedDevice device = pathLoss.device(d);
            zones.innermostZone(device.x(), device.y())
                    .filter(zone -> zone.kind() != ZoneKind.CORRIDOR)
                    .ifPresent(zone -> rooms.put(zone.id(), zone));
        }
        return rooms;
    }

    private List<Spot> spots(Envelope box, ZoneIndex zones, Map<String, Zone> rooms) {
        List<Spot> spots = new ArrayList<>();
        boolean[] placed = new boolean[places.size()];
        int corridor = places.size() - 1;
        for (double y = box.getMinY() + latticeMetres / 2; y < box.getMaxY(); y += latticeMetres) {
            for (double x = box.getMinX() + latticeMetres / 2; x < box.getMaxX(); x += latticeMetres) {
                List<Zone> containing = zones.zonesContaining(x, y);
                if (!containing.isEmpty()) {
                    int place = containing.stream().filter(z -> rooms.containsKey(z.id()))
                            .mapToInt(z -> placeIndex.get(z.id())).findFirst().orElse(corridor);
                    placed[place] = true;
                    spots.add(new Spot(x, y, place, containing.get(0).id()));
                }
            }
        }
        for (int place = 0; place < corridor; place++) {
            if (!placed[place]) {
                Place room = places.get(place);
                spots.add(new Spot(room.x(), room.y(), place, room.id()));
            }
        }
        return spots;
    }

    private float[] expectations() {
        int devices = pathLoss.deviceCount();
        float[] expected = new float[pointX.length * devices];
        for (int p = 0; p < pointX.length; p++) {
            for (int d = 0; d < devices; d++) {
                expected[p * devices + d] = (float) pathLoss.expectedRssiDbm(d, pointX[p], pointY[p],
                        BlePathLoss.DEFAULT_TAG_HEIGHT_METRES);
            }
        }
        return expected;
    }

    private int[][] pointsNear(double radiusMetres) {
        int[][] near = new int[pathLoss.deviceCount()][];
        for (int d = 0; d < near.length; d++) {
            int[] found = new int[pointX.length];
            int count = 0;
            for (int p = 0; p < pointX.length; p++) {
                if (Math.hypot(pointX[p] - pathLoss.deviceX(d), pointY[p] - pathLoss.deviceY(d)) <= radiusMetres) {
                    found[count++] = p;
                }
            }
            near[d] = Arrays.copyOf(found, count);
        }
        return near;
    }

    private static Place place(Zone zone) {
        Polygon polygon = zone.polygon();
        Point centroid = polygon.getCentroid();
        Point inside = polygon.contains(centroid) ? centroid : polygon.getInteriorPoint();
        return new Place(zone.id(), true, inside.getX(), inside.getY(), radius95(polygon, inside.getCoordinate()));
    }

    /** The distance from the point within which 95 % of the polygon's area lies, sampled on a 400-point grid. */
    private static double radius95(Polygon polygon, Coordinate from) {
        Envelope box = polygon.getEnvelopeInternal();
        double step = Math.max(Math.sqrt(polygon.getArea() / 400), 1e-3);
        IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(polygon);
        List<Double> distances = new ArrayList<>();
        for (double y = box.getMinY() + step / 2; y < box.getMaxY(); y += step) {
            for (double x = box.getMinX() + step / 2; x < box.getMaxX(); x += step) {
                if (locator.locate(new Coordinate(x, y)) == Location.INTERIOR) {
                    distances.add(Math.hypot(x - from.x, y - from.y));
                }
            }
        }
        if (distances.isEmpty()) {
            return Arrays.stream(polygon.getCoordinates()).mapToDouble(c -> c.distance(from)).max().orElse(0);
        }
        distances.sort(null);
        return distances.get((int) Math.ceil(0.95 * distances.size()) - 1);
    }
}
