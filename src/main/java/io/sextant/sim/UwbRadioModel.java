package io.sextant.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

import io.sextant.geometry.Anchor;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.WallCrossing;
import io.sextant.model.UwbRange;
import io.sextant.model.UwbTdoa;

/**
 * What the UWB anchors of one floor measure of a tag whose true position is known: two-way ranges and TDoA blink
 * arrivals, with the errors of {@link UwbRadioSettings}.
 * <p>
 * A link is non-line-of-sight (NLOS) when the straight anchor–tag line crosses a wall of the floor plan other than
 * through an opening (tested in plan, at any height), or when a forced-NLOS draw says so. An NLOS link measures a
 * longer path, never a shorter one: one excess per link, uniform in the settings' range, however many walls. Each
 * wall crossed also shortens the link's maximum range by {@link UwbRadioSettings#wallRangeFactor()}. Only this
 * floor's anchors hear the tag: a concrete slab stops UWB.
 * <p>
 * Positions: (x, y) in metres in the building frame; the tag's height is metres above this floor, the frame of the
 * anchors' {@code z}. Results depend only on the random source's state and the floor plan: each anchor, in the
 * floor plan's order, gets its own {@link SplittableRandom#split() split} stream with a fixed sequence of draws, so
 * changing one setting (say the dropout rate) leaves the noise of every surviving reading as it was.
 * <p>
 * Immutable, thread-safe (the random source is the caller's and must not be shared between threads).
 */
public final class UwbRadioModel {

    /** Picoseconds light takes to travel one metre. */
    public static final double PICOS_PER_METRE = 1e12 / 299_792_458.0;

    /**
     * Quality is uniform in [0.6, 1] in line of sight and in [0.1, 0.7] otherwise: the ranges overlap, as real
     * indicators do, so no threshold on quality sorts links perfectly.
     */
    private static final double LOS_QUALITY_MIN = 0.6, NLOS_QUALITY_MIN = 0.1, NLOS_QUALITY_MAX = 0.7;

    /** A link that delivers a reading, with its own random stream for the reading's remaining draws. */
    private record Link(Anchor anchor, double distanceMetres, double excessMetres, boolean nlos,
            SplittableRandom draws) {
    }

    private final FloorPlan floor;
    private final UwbRadioSettings settings;
    private final WallCrossing walls;

    public UwbRadioModel(FloorPlan floor, UwbRadioSettings settings) {
        this.floor = Objects.requireNonNull(floor, "floor");
        this.settings = Objects.requireNonNull(settings, "settings");
        walls = new WallCrossing(floor);
    }

    /**
     * The two-way ranges the anchors in range report: true 3D distance + Gaussian noise + the anchor's bias + the
     * NLOS excess, never below zero.
     *
     * @param heightMetres the tag's height above this floor
     * @param random advanced by a fixed amount per anchor of the floor
     */
    public List<UwbRange> ranges(String tagId, double x, double y, double heightMetres, Instant time,
            SplittableRandom random) {
        List<UwbRange> ranges = new ArrayList<>();
        for (Anchor anchor : floor.anchors()) {
            link(anchor, x, y, heightMetres, random).ifPresent(link -> ranges.add(range(tagId, link, time)));
        }
        return List.copyOf(ranges);
    }

    /**
     * One blink as the anchors in range timestamp it: emission + (distance + the anchor's bias + the NLOS excess)
     * / c + Gaussian timestamp noise.
     *
     * @param emissionPicos when the tag emitted, on the anchors' synchronised clock; the caller chooses that clock's
     *        origin (the start of a run, say), so that arrivals fit in a long
     * @param time the readings' time stamp
     * @param random advanced by a fixed amount per anchor of the floor
     */
    public List<UwbTdoa> blink(String tagId, long blinkSequence, double x, double y, double heightMetres,
            long emissionPicos, Instant time, SplittableRandom random) {
        List<UwbTdoa> arrivals = new ArrayList<>();
        for (Anchor anchor : floor.anchors()) {
            link(anchor, x, y, heightMetres, random).ifPresent(link -> {
                double pathMetres = link.distanceMetres() + anchor.rangeBiasMetres() + link.excessMetres();
                double flightPicos = pathMetres * PICOS_PER_METRE
                        + link.draws().nextGaussian() * settings.clockSigmaPicos();
                arrivals.add(new UwbTdoa(tagId, blinkSequence, anchor.id(), emissionPicos + Math.round(flightPicos),
                        time));
            });
        }
        return List.copyOf(arrivals);
    }

    private Optional<Link> link(Anchor anchor, double x, double y, double heightMetres, SplittableRandom random) {
        // split first and draw the same values whatever the outcome, so other anchors' streams do not depend on it
        SplittableRandom draws = random.split();
        boolean forcedNlos = draws.nextDouble() < settings.forcedNlosProbability();
        boolean dropped = draws.nextDouble() < settings.dropoutProbability();
        double excessMetres = settings.nlosBiasMinMetres()
                + draws.nextDouble() * (settings.nlosBiasMaxMetres() - settings.nlosBiasMinMetres());
        double distanceMetres = Math.sqrt(square(anchor.x() - x) + square(anchor.y() - y)
                + square(anchor.z() - heightMetres));
        int wallsCrossed = settings.wallsObstruct() ? walls.crossingCount(anchor.x(), anchor.y(), x, y) : 0;
        double reachMetres = settings.maxRangeMetres() * Math.pow(settings.wallRangeFactor(), wallsCrossed);
        if (dropped || distanceMetres > reachMetres) {
            return Optional.empty();
        }
        boolean nlos = forcedNlos || wallsCrossed > 0;
        return Optional.of(new Link(anchor, distanceMetres, nlos ? excessMetres : 0, nlos, draws));
    }

    private UwbRange range(String tagId, Link link, Instant time) {
        double noiseMetres = link.draws().nextGaussian() * settings.rangeSigmaMetres();
        double rangeMetres = link.distanceMetres() + noiseMetres + link.anchor().rangeBiasMetres()
                + link.excessMetres();
        double u = link.draws().nextDouble();
        double quality = !settings.reportQuality() ? Double.NaN
                : link.nlos() ? NLOS_QUALITY_MIN + u * (NLOS_QUALITY_MAX - NLOS_QUALITY_MIN)
                : LOS_QUALITY_MIN + u * (1 - LOS_QUALITY_MIN);
        return new UwbRange(tagId, link.anchor().id(), Math.max(0, rangeMetres), quality, Double.NaN, time);
    }

    private static double square(double value) {
        return value * value;
    }
}
