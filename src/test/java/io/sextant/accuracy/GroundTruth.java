package io.sextant.accuracy;

import java.time.Instant;
import java.util.Arrays;

/**
 * A true trajectory: positions (metres, the floor's frame) at sample times (seconds since the Unix epoch), linearly
 * interpolated in between. Outside the sampled span it answers NaN rather than extrapolate, so a caller cannot score
 * an estimate against a truth that was never measured. A stationary truth answers its one position at any time.
 * Immutable, thread-safe.
 */
public final class GroundTruth {

    private final double[] timesSeconds;
    private final double[] x;
    private final double[] y;
    private final double[] z;
    private final boolean stationary;

    private GroundTruth(double[] timesSeconds, double[] x, double[] y, double[] z, boolean stationary) {
        this.timesSeconds = timesSeconds;
        this.x = x;
        this.y = y;
        this.z = z;
        this.stationary = stationary;
    }

    /**
     * A trajectory from samples in non-decreasing time order. Of samples sharing a time only the first is kept:
     * interpolation needs strictly increasing times, and such samples are the same instant measured twice.
     */
    public static GroundTruth of(double[] timesSeconds, double[] x, double[] y, double[] z) {
        int n = timesSeconds.length;
        if (n == 0 || x.length != n || y.length != n || z.length != n) {
            throw new IllegalArgumentException("ground truth needs equally long, non-empty arrays; got times " + n
                    + ", x " + x.length + ", y " + y.length + ", z " + z.length);
        }
        int[] keep = new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && timesSeconds[i] < timesSeconds[i - 1]) {
                throw new IllegalArgumentException("ground truth times must not decrease; sample " + i + " at "
                        + timesSeconds[i] + " s follows " + timesSeconds[i - 1] + " s");
            }
            if (kept == 0 || timesSeconds[i] > timesSeconds[keep[kept - 1]]) {
                keep[kept++] = i;
            }
        }
        int[] rows = Arrays.copyOf(keep, kept);
        return new GroundTruth(pick(timesSeconds, rows), pick(x, rows), pick(y, rows), pick(z, rows), false);
    }

    /** A tag that does not move: this position at every time ({@code zMetres} NaN when not recorded). */
    public static GroundTruth stationary(double xMetres, double yMetres, double zMetres) {
        double[] always = { Double.NEGATIVE_INFINITY };
        return new GroundTruth(always, new double[] { xMetres }, new double[] { yMetres }, new double[] { zMetres },
                true);
    }

    /** Seconds since the Unix epoch, with the instant's full precision down to the microsecond. */
    public static double seconds(Instant time) {
        return time.getEpochSecond() + time.getNano() * 1e-9;
    }

    /** The instant of these seconds since the Unix epoch, rounded to the microsecond (the recordings' finest). */
    public static Instant instant(double epochSeconds) {
        long whole = (long) Math.floor(epochSeconds);
        return Instant.ofEpochSecond(whole, Math.round((epochSeconds - whole) * 1e6) * 1000);
    }

    /** The same trajectory with every sample time moved by {@code deltaSeconds} (to carry it onto another clock). */
    public GroundTruth shifted(double deltaSeconds) {
        if (stationary) {
            return this;
        }
        double[] moved = timesSeconds.clone();
        for (int i = 0; i < moved.length; i++) {
            moved[i] += deltaSeconds;
        }
        return new GroundTruth(moved, x, y, z, false);
    }

    /** Whether the truth is known at this time. */
    public boolean covers(double timeSeconds) {
        return stationary || (timeSeconds >= startSeconds() && timeSeconds <= endSeconds());
    }

    public double xAt(double timeSeconds) {
        return interpolate(x, timeSeconds);
    }

    public double yAt(double timeSeconds) {
        return interpolate(y, timeSeconds);
    }

    public double zAt(double timeSeconds) {
        return interpolate(z, timeSeconds);
    }

    /** Horizontal distance from the truth at this time to an estimate, metres; NaN if either is unknown. */
    public double errorMetres(double timeSeconds, double estimateXMetres, double estimateYMetres) {
        return Math.hypot(xAt(timeSeconds) - estimateXMetres, yAt(timeSeconds) - estimateYMetres);
    }

    /** First sample time, seconds; negative infinity when stationary. */
    public double startSeconds() {
        return timesSeconds[0];
    }

    /** Last sample time, seconds; positive infinity when stationary. */
    public double endSeconds() {
        return stationary ? Double.POSITIVE_INFINITY : timesSeconds[timesSeconds.length - 1];
    }

    /** Number of distinct samples. */
    public int size() {
        return timesSeconds.length;
    }

    private double interpolate(double[] values, double timeSeconds) {
        if (stationary) {
            return values[0];
        }
        if (!covers(timeSeconds)) {
            return Double.NaN;
        }
        int found = Arrays.binarySearch(timesSeconds, timeSeconds);
        if (found >= 0) {
            return values[found];
        }
        int after = -found - 1;
        int before = after - 1;
        double fraction = (timeSeconds - timesSeconds[before]) / (timesSeconds[after] - timesSeconds[before]);
        return values[before] + fraction * (values[after] - values[before]);
    }

    private static double[] pick(double[] values, int[] rows) {
        double[] picked = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return picked;
    }
}
