package io.sextant.accuracy;

import java.util.Arrays;

import io.sextant.accuracy.LiasCsv.MotionCapture;
import io.sextant.accuracy.LiasCsv.UwbRows;

/**
 * Finds the offset between the UWB and motion-capture clocks of a LIAS-CUHKSZ recording, and scores a quaternion
 * convention, by how well the measured ranges match the distances from the anchors to the interpolated truth.
 * <p>
 * The score is the RMS of the range residuals after removing each anchor-tag pair's median residual (the ranges carry
 * a per-pair bias of about +0.18 m that no time shift or rotation explains), with each residual capped at 1 m so that
 * the few wild ranges (NLOS, multipath) do not steer the search. A coarse grid over ±1 s in 5 ms steps on every 20th
 * row finds the valley; a 1 ms grid over ±10 ms around it on every row refines it (the valley is tens of
 * milliseconds wide, so finer steps would only resolve noise). Stateless, thread-safe.
 */
final class ClockAlignment {

    private static final double SEARCH_SECONDS = 1.0;
    private static final double COARSE_STEP_SECONDS = 0.005;
    private static final int COARSE_ROW_STRIDE = 20;
    private static final double FINE_HALF_WIDTH_SECONDS = 0.010;
    private static final double FINE_STEP_SECONDS = 0.001;
    private static final double CAP_METRES = 1.0;

    private ClockAlignment() {
    }

    /** The offset that best explains the ranges when the truth is read with this convention. */
    static ClockFit fit(UwbRows rows, MotionCapture mocap, LiasLayout layout, MocapConvention convention) {
        GroundTruth[] tags = new GroundTruth[LiasLayout.TAGS];
        for (int tag = 0; tag < LiasLayout.TAGS; tag++) {
            tags[tag] = mocap.tagTruth(layout.tagOffsetMetres(tag), convention);
        }
        double[][] anchors = layout.anchors().stream().map(a -> new double[] { a.x(), a.y(), a.z() })
                .toArray(double[][]::new);
        double coarse = bestShift(rows, tags, anchors, -SEARCH_SECONDS, SEARCH_SECONDS, COARSE_STEP_SECONDS,
                COARSE_ROW_STRIDE);
        double fine = bestShift(rows, tags, anchors, coarse - FINE_HALF_WIDTH_SECONDS, coarse + FINE_HALF_WIDTH_SECONDS,
                FINE_STEP_SECONDS, 1);
        Residuals best = residuals(rows, tags, anchors, fine, 1);
        return new ClockFit(convention, fine, best.debiasedRmsMetres(), best.medianMetres(), best.count());
    }

    private static double bestShift(UwbRows rows, GroundTruth[] tags, double[][] anchors, double fromSeconds,
            double toSeconds, double stepSeconds, int rowStride) {
        int steps = (int) Math.round((toSeconds - fromSeconds) / stepSeconds);
        double bestShift = Double.NaN;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= steps; i++) {
            double shift = fromSeconds + i * stepSeconds;
            double score = residuals(rows, tags, anchors, shift, rowStride).debiasedRmsMetres();
            if (score < bestScore) {
                bestScore = score;
                bestShift = shift;
            }
        }
        if (Double.isNaN(bestShift)) {
            throw new IllegalArgumentException("no UWB time overlaps the motion capture within ±" + SEARCH_SECONDS
                    + " s");
        }
        return bestShift;
    }

    /** Measured minus true range, grouped by anchor-tag pair, with the truth read at UWB time + shift. */
    private static Residuals residuals(UwbRows rows, GroundTruth[] tags, double[][] anchors, double shiftSeconds,
            int rowStride) {
        int pairs = LiasLayout.ANCHORS * LiasLayout.TAGS;
        double[][] byPair = new double[pairs][rows.size() / rowStride + 1];
        int[] counts = new int[pairs];
        for (int row = 0; row < rows.size(); row += rowStride) {
            double t = rows.timesSeconds()[row] + shiftSeconds;
            for (int tag = 0; tag < LiasLayout.TAGS; tag++) {
                if (!tags[tag].covers(t)) {
                    continue;
                }
                double x = tags[tag].xAt(t);
                double y = tags[tag].yAt(t);
                double z = tags[tag].zAt(t);
                for (int anchor = 0; anchor < LiasLayout.ANCHORS; anchor++) {
                    int pair = UwbRows.pair(anchor, tag);
                    double range = rows.rangesMetres()[row][pair];
                    if (Double.isFinite(range)) {
                        double[] a = anchors[anchor];
                        double dx = a[0] - x;
                        double dy = a[1] - y;
                        double dz = a[2] - z;
                        byPair[pair][counts[pair]++] = range - Math.sqrt(dx * dx + dy * dy + dz * dz);
                    }
                }
            }
        }
        return new Residuals(byPair, counts);
    }

    private record Residuals(double[][] byPair, int[] counts) {

        int count() {
            return Arrays.stream(counts).sum();
        }

        double debiasedRmsMetres() {
            double sum = 0;
            for (int pair = 0; pair < byPair.length; pair++) {
                double[] sorted = Arrays.copyOf(byPair[pair], counts[pair]);
                Arrays.sort(sorted);
                double median = median(sorted);
                for (double residual : sorted) {
                    sum += Math.min((residual - median) * (residual - median), CAP_METRES * CAP_METRES);
                }
            }
            int n = count();
            return n == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(sum / n);
        }

        double medianMetres() {
            double[] all = new double[count()];
            int filled = 0;
            for (int pair = 0; pair < byPair.length; pair++) {
                System.arraycopy(byPair[pair], 0, all, filled, counts[pair]);
                filled += counts[pair];
            }
            Arrays.sort(all);
            return median(all);
        }

        private static double median(double[] sorted) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }
}
