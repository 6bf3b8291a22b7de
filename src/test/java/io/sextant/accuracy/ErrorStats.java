package io.sextant.accuracy;

import java.util.Arrays;
import java.util.Locale;

/**
 * Horizontal position errors summarised, metres. Percentiles interpolate linearly between order statistics.
 *
 * @param count errors that were measured (finite)
 * @param failures attempts that produced no position (NaN), not part of the statistics
 */
public record ErrorStats(int count, int failures, double rmseMetres, double meanMetres, double medianMetres,
        double p90Metres, double p95Metres, double maxMetres) {

    /** Statistics of these errors, metres; a NaN counts as a failure. All NaN statistics when nothing was measured. */
    public static ErrorStats of(double[] errorsMetres) {
        double[] finite = Arrays.stream(errorsMetres).filter(Double::isFinite).sorted().toArray();
        int failures = errorsMetres.length - finite.length;
        if (finite.length == 0) {
            return new ErrorStats(0, failures, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN);
        }
        double sumSquares = 0;
        double sum = 0;
        for (double e : finite) {
            sum += e;
            sumSquares += e * e;
        }
        return new ErrorStats(finite.length, failures, Math.sqrt(sumSquares / finite.length), sum / finite.length,
                percentile(finite, 0.5), percentile(finite, 0.9), percentile(finite, 0.95), finite[finite.length - 1]);
    }

    /** A full markdown header: the caller's label columns, then the statistics, then the caller's extra columns. */
    public static String header(java.util.List<String> labels, java.util.List<String> extras) {
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        labels.forEach(l -> {
            head.append(' ').append(l).append(" |");
            rule.append("---|");
        });
        head.append(" count | failures | RMSE m | mean m | median m | P90 m | P95 m | max m |");
        rule.append("---:|---:|---:|---:|---:|---:|---:|---:|");
        extras.forEach(e -> {
            head.append(' ').append(e).append(" |");
            rule.append("---:|");
        });
        return head + "\n" + rule;
    }

    /** The header matching {@link #toString()}, for a caller that puts its own label cell first. */
    public static String markdownHeader() {
        return "| count | failures | RMSE m | mean m | median m | P90 m | P95 m | max m |\n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|";
    }

    /** The cells of a markdown table row, starting and ending with a bar. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "| %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", count, failures,
                rmseMetres, meanMetres, medianMetres, p90Metres, p95Metres, maxMetres);
    }

    private static double percentile(double[] sorted, double fraction) {
        double rank = fraction * (sorted.length - 1);
        int below = (int) Math.floor(rank);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }
}
