package io.sextant.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sextant.geometry.Anchor;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Site;
import io.sextant.model.Technology;

/**
 * UWB for the engine: knows every floor's anchors, gathers a tag's readings into epochs (a
 * ranging round, or one TDoA blink), says which floor an epoch's anchors are on, and solves an
 * epoch on a given floor. Not thread-safe: one per engine.
 */
final class UwbStage {

    private record FloorSolvers(UwbAnchors anchors, TwrSolver twr, TdoaSolver tdoa, double elevationMetres) {
    }

    private final Map<String, FloorSolvers> floors = new HashMap<>();
    private final Map<String, String> floorOfAnchor = new HashMap<>();
    private final UwbSolution solution = new UwbSolution();
    private int[] indices = new int[16];
    private double[] ranges = new double[16];
    private long[] arrivals = new long[16];

    UwbStage(Site site, TwrSettings twr, TdoaSettings tdoa) {
        for (FloorPlan floor : site.floors()) {
            UwbAnchors anchors = UwbAnchors.of(floor.anchors(), floor.elevationMetres());
            floors.put(floor.id(), new FloorSolvers(anchors, new TwrSolver(anchors, twr), new TdoaSolver(anchors, tdoa),
                    floor.elevationMetres()));
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
        List<String> sources = new ArrayList<>(s.usedCount());
        for (int i = 0; i < s.usedCount(); i++) {
            sources.add(floor.anchors().id(s.usedAnchor(i)));
        }
        return new Measurement(epoch.lastMicros, floorId, s.xMetres(), s.yMetres(), s.covXX(), s.covXY(), s.covYY(),
                tdoa ? Technology.UWB_TDOA : Technology.UWB_TWR, sources, s.rmsResidualMetres(), s.quality() == UwbQuality.LOW);
    }

    private void ensureCapacity(int n) {
        if (indices.length < n) {
            indices = new int[n * 2];
            ranges = new double[n * 2];
            arrivals = new long[n * 2];
        }
    }
}
