package io.sextant.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Finds the zones of a floor that contain a point, innermost first: deepest nesting first, then smallest area, then
 * id. A point within {@code toleranceMetres} of a zone's edge counts as inside it, so a tag standing in a doorway
 * is in both rooms and a position a few centimetres off a plan still lands in its room.
 * <p>
 * Each zone is buffered by the tolerance once, up front, and located with an {@link IndexedPointInAreaLocator}
 * under an STR-tree of envelopes, so a lookup is one tree descent and a point-in-polygon test per candidate. The
 * buffer approximates its rounded corners by chords (8 per quarter circle), so within a corner's arc the tolerance
 * is honoured to 0.5% of itself.
 * <p>
 * Immutable, thread-safe; lookups take no locks.
 */
public final class ZoneIndex {

    private static final int QUADRANT_SEGMENTS = 8;

    private record Entry(int rank, Envelope envelope, IndexedPointInAreaLocator area) {
    }

    private final List<Zone> zonesInnermostFirst;
    private final LockFreeTree<Entry> tree;
    private final double toleranceMetres;

    /** Indexes the zones of a floor. */
    public ZoneIndex(FloorPlan floor, double toleranceMetres) {
        this(floor.zones(), toleranceMetres);
    }

    /**
     * Indexes zones of one floor.
     *
     * @param zones zones with valid polygons, nested through parent ids
     * @param toleranceMetres how far outside its edge a point still counts as inside a zone; 0 for exact
     */
    public ZoneIndex(List<Zone> zones, double toleranceMetres) {
        if (!(toleranceMetres >= 0)) {
            throw new IllegalArgumentException("zone tolerance " + toleranceMetres + " m; expected >= 0");
        }
        this.toleranceMetres = toleranceMetres;
        ZoneNesting nesting = new ZoneNesting(zones);
        zonesInnermostFirst = zones.stream()
                .sorted(Comparator.comparingInt((Zone z) -> -nesting.depth(z))
                        .thenComparingDouble(z -> z.polygon().getArea())
                        .thenComparing(Zone::id))
                .toList();
        List<Entry> entries = new ArrayList<>(zones.size());
        for (int rank = 0; rank < zonesInnermostFirst.size(); rank++) {
            Geometry area = grown(zonesInnermostFirst.get(rank));
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(area);
            // the locator builds its index lazily on first use; build it here, before this index is published
            locator.locate(new Coordinate());
            entries.add(new Entry(rank, area.getEnvelopeInternal(), locator));
        }
        tree = LockFreeTree.of(entries, Entry::envelope);
    }

    /** One-off lookup; build a {@code ZoneIndex} instead to look up more than a few points. */
    public static List<Zone> zonesContaining(FloorPlan floor, double x, double y, double toleranceMetres) {
        return new ZoneIndex(floor, toleranceMetres).zonesContaining(x, y);
    }

    /** The zones containing the point, innermost first; empty if none. */
    public List<Zone> zonesContaining(double x, double y) {
        List<Zone> zones = new ArrayList<>(4);
        zonesContaining(x, y, zones);
        return List.copyOf(zones);
    }

    /**
     * Fills {@code result} with the zones containing the point, innermost first, for callers that reuse one list
     * across many lookups.
     *
     * @param result cleared, then filled
     * @return the number of zones found
     */
    public int zonesContaining(double x, double y, List<? super Zone> result) {
        result.clear();
        long[] hitRanks = new long[(zonesInnermostFirst.size() + 63) >>> 6];
        Coordinate point = new Coordinate(x, y);
        tree.query(x, y, x, y, entry -> {
            if (entry.area().locate(point) != Location.EXTERIOR) {
                hitRanks[entry.rank() >>> 6] |= 1L << entry.rank();
            }
            return true;
        });
        for (int word = 0; word < hitRanks.length; word++) {
            for (long bits = hitRanks[word]; bits != 0; bits &= bits - 1) {
                result.add(zonesInnermostFirst.get((word << 6) + Long.numberOfTrailingZeros(bits)));
            }
        }
        return result.size();
    }

    /** The innermost zone containing the point. */
    public Optional<Zone> innermostZone(double x, double y) {
        int[] best = { Integer.MAX_VALUE };
        Coordinate point = new Coordinate(x, y);
        tree.query(x, y, x, y, entry -> {
            if (entry.rank() < best[0] && entry.area().locate(point) != Location.EXTERIOR) {
                best[0] = entry.rank();
            }
            return true;
        });
        return best[0] == Integer.MAX_VALUE ? Optional.empty() : Optional.of(zonesInnermostFirst.get(best[0]));
    }

    public double toleranceMetres() {
        return toleranceMetres;
    }

    private Geometry grown(Zone zone) {
        return toleranceMetres == 0 ? zone.polygon() : zone.polygon().buffer(toleranceMetres, QUADRANT_SEGMENTS);
    }
}
