package io.sextant.sim;

/** Sample statistics for the statistical tests. */
final class Stats {

    private Stats() {
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** Sample standard deviation (n - 1 in the denominator). */
    static double std(double[] values) {
        double mean = mean(values), sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }

    /** Pearson correlation of paired samples. */
    static double correlation(double[] a, double[] b) {
        double meanA = mean(a), meanB = mean(b), ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - meanA) * (b[i] - meanB);
            aa += (a[i] - meanA) * (a[i] - meanA);
            bb += (b[i] - meanB) * (b[i] - meanB);
        }
        return ab / Math.sqrt(aa * bb);
    }

    /** Least-squares slope of y on x. */
    static double slope(double[] x, double[] y) {
        double meanX = mean(x), meanY = mean(y), xy = 0, xx = 0;
        for (int i = 0; i < x.length; i++) {
            xy += (x[i] - meanX) * (y[i] - meanY);
            xx += (x[i] - meanX) * (x[i] - meanX);
        }
        return xy / xx;
    }
}
