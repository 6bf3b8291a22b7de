package io.sextant.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Envelope;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.sextant.engine.BleAttenuationGrid;
import io.sextant.engine.BleObservations;
import io.sextant.engine.BlePathLoss;
import io.sextant.engine.BleSolution;
import io.sextant.engine.BleSolver;
import io.sextant.engine.RoomLocator;
import io.sextant.engine.RoomModel;
import io.sextant.engine.RoomState;
import io.sextant.engine.RssiLinkState;
import io.sextant.engine.RssiSmoother;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.Site;
import io.sextant.geometry.WalkableArea;
import io.sextant.testing.DemoHospital;

/**
 * BLE positioning on the demo hospital's first floor (55 receivers), one thread: pre-generated problems at random
 * walkable points, each hearing its 6-8 strongest receivers with 6 dB log-normal shadowing. One operation is one
 * fix: the solver alone, the smoother fed one fresh packet per receiver and then the solver, or the room locator.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BleSolverBenchmark {

    private static final int PROBLEMS = 1 << 10;
    private static final double SHADOWING_DB = 6, FADING_DB = 4;

    private BleSolver solver;
    private RoomLocator locator;
    private final RssiSmoother smoother = new RssiSmoother();
    private final BleObservations observations = new BleObservations();
    private final int[][] devices = new int[PROBLEMS][];
    private final double[][] rssiDbm = new double[PROBLEMS][];
    private final double[][] packetDbm = new double[PROBLEMS][];
    private final RssiLinkState[][] links = new RssiLinkState[PROBLEMS][];
    private final RoomState[] rooms = new RoomState[PROBLEMS];
    private int next;
    private long nowMillis;

    @Setup
    public void setUp() {
        Site site = DemoHospital.load();
        FloorPlan floor = site.floors().stream().filter(f -> f.id().equals("main-1")).findFirst().orElseThrow();
        BlePathLoss model = new BlePathLoss(new BleAttenuationGrid(floor));
        solver = new BleSolver(model);
        locator = new RoomLocator(new RoomModel(floor, model));
        WalkableArea walkable = new WalkableArea(floor);
        Envelope box = floor.outline().getEnvelopeInternal();
        SplittableRandom random = new SplittableRandom(42);
        for (int p = 0; p < PROBLEMS; p++) {
            double x, y;
            do {
                x = box.getMinX() + random.nextDouble() * box.getWidth();
                y = box.getMinY() + random.nextDouble() * box.getHeight();
            } while (!walkable.isWalkable(x, y));
            generate(p, model, x, y, 6 + random.nextInt(3), random);
            rooms[p] = RoomState.UNKNOWN;
        }
    }

    /** The strongest {@code heard} receivers at (x, y), shadowed, and a faded packet for each. */
    private void generate(int p, BlePathLoss model, double x, double y, int heard, SplittableRandom random) {
        double[] all = new double[model.deviceCount()];
        for (int d = 0; d < all.length; d++) {
            all[d] = model.expectedRssiDbm(d, x, y, BlePathLoss.DEFAULT_TAG_HEIGHT_METRES)
                    + SHADOWING_DB * random.nextGaussian();
        }
        devices[p] = new int[heard];
        rssiDbm[p] = new double[heard];
        packetDbm[p] = new double[heard];
        links[p] = new RssiLinkState[heard];
        for (int k = 0; k < heard; k++) {
            int strongest = 0;
            for (int d = 1; d < all.length; d++) {
                strongest = all[d] > all[strongest] ? d : strongest;
            }
            devices[p][k] = strongest;
            rssiDbm[p][k] = Math.max(-110, all[strongest]);
            packetDbm[p][k] = Math.max(-110, all[strongest] + FADING_DB * random.nextGaussian());
            all[strongest] = Double.NEGATIVE_INFINITY;
        }
    }

    private BleObservations observe(int p) {
        observations.clear();
        for (int k = 0; k < devices[p].length; k++) {
            observations.add(devices[p][k], rssiDbm[p][k]);
        }
        return observations;
    }

    /** The weighted least squares solver alone, on already smoothed RSSIs. */
    @Benchmark
    public BleSolution solve() {
        return solver.solve(observe(next++ & (PROBLEMS - 1)));
    }

    /** One fresh packet per receiver through the smoother, then the solver: the per-fix cost of BLE. */
    @Benchmark
    public BleSolution smoothAndSolve() {
        int p = next++ & (PROBLEMS - 1);
        if (p == 0) {
            nowMillis += 1000;
        }
        observations.clear();
        for (int k = 0; k < devices[p].length; k++) {
            links[p][k] = smoother.update(links[p][k], packetDbm[p][k], nowMillis);
            observations.add(devices[p][k], links[p][k].rssiDbm());
        }
        return solver.solve(observations);
    }

    /** The room locator alone, with its hysteresis state per problem. */
    @Benchmark
    public RoomState locateRoom() {
        int p = next++ & (PROBLEMS - 1);
        nowMillis += 1;
        rooms[p] = locator.update(rooms[p], observe(p), nowMillis);
        return rooms[p];
    }
}
