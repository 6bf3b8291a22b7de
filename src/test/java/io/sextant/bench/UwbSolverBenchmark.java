package io.sextant.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.sextant.engine.TdoaSettings;
import io.sextant.engine.TdoaSolver;
import io.sextant.engine.TwrSettings;
import io.sextant.engine.TwrSolver;
import io.sextant.engine.UwbAnchors;
import io.sextant.engine.UwbSolution;
import io.sextant.geometry.Anchor;

/**
 * One 2D UWB fix from 6 anchors, one thread: 4,096 pre-generated problems in a 20 x 15 m room, anchors at the
 * corners and mid-walls at 2.5 to 3 m, tag at 1.2 m uniformly over the room, range sigma 0.10 m, no NLOS.
 * Compares {@link TwrSolver} with the common open-source way: Apache Commons Math's
 * {@link LevenbergMarquardtOptimizer} on the same slant-range model at the known height, unweighted, started at
 * the anchors' centroid. {@link TdoaSolver} solves the same problems as arrivals (sigma 0.10 m as well). The
 * tear-down prints each method's RMSE against the truth.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UwbSolverBenchmark {

    private static final int PROBLEMS = 1 << 12;
    private static final int ANCHORS = 6;
    private static final double TAG_HEIGHT_METRES = 1.2;
    private static final double SIGMA_METRES = 0.10;

    private UwbAnchors anchors;
    private TwrSolver twr;
    private TdoaSolver tdoa;
    private final UwbSolution solution = new UwbSolution();
    private final int[] indices = { 0, 1, 2, 3, 4, 5 };
    private final double[][] ranges = new double[PROBLEMS][ANCHORS];
    private final long[][] arrivals = new long[PROBLEMS][ANCHORS];
    private final double[] trueX = new double[PROBLEMS];
    private final double[] trueY = new double[PROBLEMS];
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        Random noise = new Random(43);
        double[][] walls = { { 0, 0 }, { 10, 0 }, { 20, 0 }, { 20, 15 }, { 10, 15 }, { 0, 15 } };
        List<Anchor> plan = new ArrayList<>();
        for (int a = 0; a < ANCHORS; a++) {
            plan.add(new Anchor("A" + a, walls[a][0], walls[a][1], 2.5 + 0.5 * random.nextDouble(), 0));
        }
        anchors = UwbAnchors.of(plan, 0);
        twr = new TwrSolver(anchors, TwrSettings.DEFAULTS);
        tdoa = new TdoaSolver(anchors, new TdoaSettings(SIGMA_METRES / TdoaSettings.METRES_PER_PICO, 100, 1.5, 10,
                1e-4, 3.09, 2, 1.5, 5));
        for (int p = 0; p < PROBLEMS; p++) {
            trueX[p] = 20 * random.nextDouble();
            trueY[p] = 15 * random.nextDouble();
            for (int a = 0; a < ANCHORS; a++) {
                double dx = trueX[p] - anchors.xMetres(a);
                double dy = trueY[p] - anchors.yMetres(a);
                double dz = TAG_HEIGHT_METRES - anchors.zMetres(a);
                ranges[p][a] = Math.sqrt(dx * dx + dy * dy + dz * dz) + SIGMA_METRES * noise.nextGaussian();
                arrivals[p][a] = 1_000_000_000_000L + Math.round(ranges[p][a] / TdoaSettings.METRES_PER_PICO);
            }
        }
    }

    @Benchmark
    public double twrSolver() {
        int p = next++ & (PROBLEMS - 1);
        return twr.solve(indices, ranges[p], ANCHORS, TAG_HEIGHT_METRES, solution).xMetres();
    }

    @Benchmark
    public double commonsMathLevenbergMarquardt() {
        int p = next++ & (PROBLEMS - 1);
        return commonsMath(ranges[p])[0];
    }

    @Benchmark
    public double tdoaSolver() {
        int p = next++ & (PROBLEMS - 1);
        return tdoa.solve(indices, arrivals[p], ANCHORS, TAG_HEIGHT_METRES, solution).xMetres();
    }

    @TearDown(Level.Trial)
    public void printAccuracy() {
        double twrSquares = 0;
        double commonsSquares = 0;
        double tdoaSquares = 0;
        for (int p = 0; p < PROBLEMS; p++) {
            twr.solve(indices, ranges[p], ANCHORS, TAG_HEIGHT_METRES, solution);
            twrSquares += squaredError(solution.xMetres(), solution.yMetres(), p);
            double[] lm = commonsMath(ranges[p]);
            commonsSquares += squaredError(lm[0], lm[1], p);
            tdoa.solve(indices, arrivals[p], ANCHORS, TAG_HEIGHT_METRES, solution);
            tdoaSquares += squaredError(solution.xMetres(), solution.yMetres(), p);
        }
        System.out.printf("%nRMSE over %d problems: TwrSolver %.4f m, Commons Math LM %.4f m, TdoaSolver %.4f m%n",
                PROBLEMS, Math.sqrt(twrSquares / PROBLEMS), Math.sqrt(commonsSquares / PROBLEMS),
                Math.sqrt(tdoaSquares / PROBLEMS));
    }

    private double squaredError(double x, double y, int p) {
        double dx = x - trueX[p];
        double dy = y - trueY[p];
        return dx * dx + dy * dy;
    }

    /** Levenberg-Marquardt as open-source trilateration libraries use it: unweighted, from the centroid. */
    private double[] commonsMath(double[] measured) {
        MultivariateJacobianFunction model = point -> {
            RealVector value = new ArrayRealVector(ANCHORS);
            RealMatrix jacobian = new Array2DRowRealMatrix(ANCHORS, 2);
            for (int a = 0; a < ANCHORS; a++) {
                double dx = point.getEntry(0) - anchors.xMetres(a);
                double dy = point.getEntry(1) - anchors.yMetres(a);
                double dz = TAG_HEIGHT_METRES - anchors.zMetres(a);
                double rho = Math.sqrt(dx * dx + dy * dy + dz * dz);
                value.setEntry(a, rho);
                jacobian.setEntry(a, 0, dx / rho);
                jacobian.setEntry(a, 1, dy / rho);
            }
            return new Pair<>(value, jacobian);
        };
        double centroidX = 0;
        double centroidY = 0;
        for (int a = 0; a < ANCHORS; a++) {
            centroidX += anchors.xMetres(a) / ANCHORS;
            centroidY += anchors.yMetres(a) / ANCHORS;
        }
        LeastSquaresProblem problem = new LeastSquaresBuilder().start(new double[] { centroidX, centroidY })
                .model(model).target(measured).lazyEvaluation(false).maxEvaluations(1000).maxIterations(1000)
                .build();
        return new LevenbergMarquardtOptimizer().optimize(problem).getPoint().toArray();
    }
}
