package io.sextant.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sextant.geometry.Anchor;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Site;
import io.sextant.geometry.WallCrossing;
import io.sextant.model.Technology;

/**
 * UWB for the engine: knows every floor's anchors, gathers a tag's readings into epochs (a
 * ranging round, or one TDoA blink), says which floor an epoch's anchors are on, and solves an
 * epoch on a given floor. Not thread-safe: one per engine.
 */
public final class UwbStage {

    private record FloorSolvers(UwbAnchors anchors, TwrSolver twr, TdoaSolver tdoa, double elevationMetres,
            WallCrossing walls) {
    }

    /**
     * What a wall does to a two-way range, on average: the engine knows the walls, so a range whose
     * straight line to the first solution crosses one is shortened by {@code excessMetres} and the
     * solution recomputed, with its covariance widened for the spread of that excess.
     *
     * @param excessMetres expected extra path of a range through a wall; 0 turns the correction off
     * @param excessSigmaMetres how much that extra path varies from wall to wall
     */
    public record WallCorrection(double excessMetres, double excessSigmaMetres) {
        /** Interior plasterboard and block walls at 6.5 GHz: typically 0.3-1 m of excess, spread about a third of a metre. */
        public static final WallCorrection TYPICAL = new WallCorrection(0.6, 0.35);
        public static final WallCorrection OFF = new WallCorrection(0, 0);
    }

    private final Map<String, FloorSolvers> floors = new HashMap<>();
    private final WallCorrection wallCorrection;
    private final double rangeSigmaMetres;
    private final Map<String, String> floorOfAnchor = new HashMap<>();
    private final UwbSolution solution = new UwbSolution();
    private int[] indices = new int[16];
    private double[] ranges = new double[16];
    private long[] arrivals = new long[16];

    UwbStage(Site site, TwrSettings twr, TdoaSettings tdoa, WallCorrection wallCorrection) {
        this.wallCorrection = wallCorrection;
        this.rangeSigmaMetres = twr.rangeSigmaMetres();
        for (FloorPlan floor : site.floors()) {
            UwbAnchors anchors = UwbAnchors.of(floor.anchors(), floor.elevationMetres());
            floors.put(floor.id(), new FloorSolvers(anchors, new TwrSolver(anchors, twr), new TdoaSolver(anchors, tdoa),
                    floor.elevationMetres(), new WallCrossing(floor)));
            for (Anchor anchor : floor.anchors()) {
                floorOfAnchor.put(anchor.id(), floor.id());
            }
        }
    }

    boolean knows(String anchorId) {
        return floorOfAnchor.containsKey(anchorId);
    }

    /** The floor with most of the epoch's anchors (the first in anchor order on a tie), or null. */
    String evidenceFloor(UwbEpoch epoch) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (int i = 0; i < epoch.count; i++) {
            String floor = floorOfAnchor.get(epoch.anchorIds[i]);
            if (floor != null) {
                int count = counts.merge(floor, 1, Integer::sum);
                if (count > bestCount) {
                    best = floor;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    /**
     * Solves the epoch with the anchors of {@code floorId}.
     *
     * @param tagHeightMetres the tag's height above its floor
     * @return the measurement, or null when the solver found no position
     */
    Measurement solve(UwbEpoch epoch, boolean tdoa, String floorId, double tagHeightMetres, double priorX, double priorY) {
        FloorSolvers floor = floors.get(floorId);
        int n = 0;
        ensureCapacity(epoch.count);
        for (int i = 0; i < epoch.count; i++) {
            int index = floor.anchors().indexOf(epoch.anchorIds[i]);
            if (index >= 0) {
                indices[n] = index;
                ranges[n] = epoch.ranges[i];
                arrivals[n] = epoch.arrivals[i];
                n++;
            }
        }
        double height = floor.elevationMetres() + tagHeightMetres;
        UwbSolution s = tdoa
                ? floor.tdoa().solve(indices, arrivals, n, height, priorX, priorY, solution)
                : floor.twr().solve(indices, ranges, n, height, priorX, priorY, solution);
        if (s.quality() == UwbQuality.NONE) {
            return null;
        }
        double inflation = 1;
        if (!tdoa && wallCorrection.excessMetres() > 0) {
            int crossing = correctForWalls(floor, n, s.xMetres(), s.yMetres());
            if (crossing > 0) {
                s = floor.twr().solve(indices, ranges, n, height, s.xMetres(), s.yMetres(), solution);
                if (s.quality() == UwbQuality.NONE) {
                    return null;
                }
                double excess = wallCorrection.excessSigmaMetres() / rangeSigmaMetres;
                inflation = 1 + (double) crossing / n * excess * excess;
            }
        }
        List<String> sources = new ArrayList<>(s.usedCount());
        for (int i = 0; i < s.usedCount(); i++) {
            sources.add(floor.anchors().id(s.usedAnchor(i)));
        }
        return new Measurement(epoch.lastMicros, floorId, s.xMetres(), s.yMetres(), s.covXX() * inflation,
                s.covXY() * inflation, s.covYY() * inflation,
                tdoa ? Technology.UWB_TDOA : Technology.UWB_TWR, sources, s.rmsResidualMetres(), s.quality() == UwbQuality.LOW);
    }

    /** Takes the expected wall excess off the ranges whose line to (x, y) crosses a wall; returns how many. */
    private int correctForWalls(FloorSolvers floor, int n, double x, double y) {
        int corrected = 0;
        for (int i = 0; i < n; i++) {
            int a = indices[i];
            if (floor.walls().crossesWall(floor.anchors().xMetres(a), floor.anchors().yMetres(a), x, y)) {
                ranges[i] = Math.max(0, ranges[i] - wallCorrection.excessMetres());
                corrected++;
            }
        }
        return corrected;
    }

    private void ensureCapacity(int n) {
        if (indices.length < n) {
            indices = new int[n * 2];
            ranges = new double[n * 2];
            arrivals = new long[n * 2];
        }
    }
}
