package io.sextant.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Estimates each anchor's constant range bias (what it adds to every range: antenna delay left after the
 * factory calibration, cable and mounting), two ways. Feed the estimates to {@link UwbAnchors#withBiases(Map)}.
 * Field data put the median bias near +0.18 m, enough to matter at a range sigma of 0.10 m.
 * <p>
 * <b>Survey</b> ({@link #fromSurvey}): a tag placed at surveyed points ranges to the anchors; each sample's error
 * is its measured range minus the true distance. The bias is the median error per anchor, the spread 1.4826 times
 * the median absolute deviation (the standard deviation, for Gaussian errors). The median keeps a minority of
 * non-line-of-sight samples, which only read long, from dragging the estimate: 10 % of them move it by about
 * 0.14 sigma. Pure and stateless.
 * <p>
 * <b>Self-calibration</b> ({@link #addFix}, {@link #selfCalibrated}): from the residuals of the solver's own
 * well-determined fixes, those of {@link UwbQuality#GOOD} quality resting on at least {@value #MIN_ANCHORS_USED}
 * anchors. A residual shows only its reading's redundancy number r of that reading's error (the rest moved the
 * position), so each residual divided by r is a sample of the anchor's bias left over; readings with r under
 * {@value #MIN_REDUNDANCY} say too little and are skipped. Per anchor, a running mean of these samples moves by
 * at most {@code clipMetres} times its step per sample (a winsorised mean: a NLOS residual counts as a large
 * one, not a huge one), with step 1/n, becoming an exponential average over the last {@value #WINDOW} samples.
 * The estimate is the anchor's current bias plus that mean. A bias common to all anchors shows only in part in
 * TWR residuals, and not at all in TDoA ones (the emission time absorbs it): self-calibration refines anchors
 * against each other, and a survey fixes the common part. Apply, solve again and repeat: each round removes most
 * of what is left. Not thread-safe.
 */
public final class UwbBiasCalibration {

    /** One survey measurement: a tag at a surveyed point ranging to an anchor. */
    public record SurveySample(String anchorId, double measuredRangeMetres, double trueDistanceMetres) {
    }

    /**
     * An anchor's estimated bias.
     *
     * @param spreadMetres how much single samples scatter around the estimate, as a standard deviation (from
     *        clipped deviations for self-calibration, so it understates heavy tails)
     * @param samples how many samples went in
     */
    public record Estimate(String anchorId, double biasMetres, double spreadMetres, int samples) {
    }

    /** Fixes resting on fewer anchors do not feed self-calibration. */
    public static final int MIN_ANCHORS_USED = 5;
    static final double MIN_REDUNDANCY = 0.3;
    static final int WINDOW = 1000;
    /** Mean absolute deviation times this is the standard deviation, for Gaussian errors. */
    private static final double MEAN_DEVIATION_TO_SIGMA = Math.sqrt(Math.PI / 2);
    /** Median absolute deviation times this is the standard deviation, for Gaussian errors. */
    private static final double MEDIAN_DEVIATION_TO_SIGMA = 1.4826;

    private final UwbAnchors anchors;
    private final double clipMetres;
    private final int[] counts;
    private final double[] meanResidualMetres;
    private final double[] meanDeviationMetres;

    /**
     * @param anchors the anchors whose solutions will be fed, with the biases those solutions used
     * @param clipMetres the most one residual can move an anchor's mean, times the step; about 3 range sigmas
     *        (0.3 m at the default sigma)
     */
    public UwbBiasCalibration(UwbAnchors anchors, double clipMetres) {
        if (!(clipMetres > 0 && clipMetres < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("clip must be positive and finite, got " + clipMetres + " m");
        }
        this.anchors = anchors;
        this.clipMetres = clipMetres;
        this.counts = new int[anchors.size()];
        this.meanResidualMetres = new double[anchors.size()];
        this.meanDeviationMetres = new double[anchors.size()];
    }

    /** Survey estimates per anchor id, sorted by id; samples whose numbers are not finite are skipped. */
    public static Map<String, Estimate> fromSurvey(Collection<SurveySample> samples) {
        Map<String, List<Double>> errorsById = new HashMap<>();
        for (SurveySample s : samples) {
            double error = s.measuredRangeMetres() - s.trueDistanceMetres();
            if (Double.isFinite(error)) {
                errorsById.computeIfAbsent(s.anchorId(), id -> new ArrayList<>()).add(error);
            }
        }
        SortedMap<String, Estimate> estimates = new TreeMap<>();
        errorsById.forEach((id, errors) -> {
            double[] sorted = errors.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double median = median(sorted);
            double[] deviations = Arrays.stream(sorted).map(e -> Math.abs(e - median)).sorted().toArray();
            double spread = MEDIAN_DEVIATION_TO_SIGMA * median(deviations);
            estimates.put(id, new Estimate(id, median, spread, sorted.length));
        });
        return Collections.unmodifiableSortedMap(estimates);
    }

    /**
     * Feeds one solution's residuals, if it is well determined.
     *
     * @param fix a solution solved with these anchors' current biases
     * @return whether it was used
     */
    public boolean addFix(UwbSolution fix) {
        if (fix.quality() != UwbQuality.GOOD || fix.usedCount() < MIN_ANCHORS_USED) {
            return false;
        }
        for (int i = 0; i < fix.usedCount(); i++) {
            if (fix.redundancy(i) >= MIN_REDUNDANCY) {
                add(fix.usedAnchor(i), fix.residualMetres(i) / fix.redundancy(i));
            }
        }
        return true;
    }

    /** Self-calibrated estimates of the anchors with at least {@code minSamples} samples, sorted by id. */
    public Map<String, Estimate> selfCalibrated(int minSamples) {
        SortedMap<String, Estimate> estimates = new TreeMap<>();
        for (int a = 0; a < counts.length; a++) {
            if (counts[a] >= Math.max(minSamples, 1)) {
                double bias = anchors.biasMetres(a) + meanResidualMetres[a];
                double spread = MEAN_DEVIATION_TO_SIGMA * meanDeviationMetres[a];
                estimates.put(anchors.id(a), new Estimate(anchors.id(a), bias, spread, counts[a]));
            }
        }
        return Collections.unmodifiableSortedMap(estimates);
    }

    private void add(int anchor, double biasSampleMetres) {
        counts[anchor]++;
        double step = 1.0 / Math.min(counts[anchor], WINDOW);
        double innovation = biasSampleMetres - meanResidualMetres[anchor];
        meanResidualMetres[anchor] += step * Math.max(-clipMetres, Math.min(clipMetres, innovation));
        double deviation = Math.min(Math.abs(innovation), clipMetres);
        meanDeviationMetres[anchor] += step * (deviation - meanDeviationMetres[anchor]);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return 0.5 * (sorted[(n - 1) / 2] + sorted[n / 2]);
    }
}
