package io.sextant.engine;

/**
 * The usable readings of one batch: known anchor, value in range, one per anchor (the median of an anchor's
 * duplicates), ascending by anchor index. A reusable workspace; not thread-safe.
 */
final class UwbReadings {

    private int count;
    private int dropped;
    private int[] anchors = new int[16];
    private double[] values = new double[16];

    /**
     * Keeps the readings whose anchor index is in [0, anchorCount) and whose value is in [minValue, maxValue]
     * (so NaN never).
     *
     * @throws IllegalArgumentException if {@code count} is negative or exceeds an array's length: a caller bug,
     *         unlike a bad reading
     */
    void collect(int[] anchorIndices, double[] readingValues, int readingCount, int anchorCount, double minValue,
            double maxValue) {
        if (readingCount < 0 || readingCount > anchorIndices.length || readingCount > readingValues.length) {
            throw new IllegalArgumentException("count " + readingCount + " does not fit arrays of "
                    + anchorIndices.length + " anchors and " + readingValues.length + " values");
        }
        if (anchors.length < readingCount) {
            anchors = new int[readingCount];
            values = new double[readingCount];
        }
        count = 0;
        for (int i = 0; i < readingCount; i++) {
            int anchor = anchorIndices[i];
            double value = readingValues[i];
            if (anchor >= 0 && anchor < anchorCount && value >= minValue && value <= maxValue) {
                insertSorted(anchor, value);
            }
        }
        mergeDuplicates();
        dropped = readingCount - count;
    }

    /** Drops the readings more than {@code maxDistance} from the median value. */
    void dropFarFromMedian(double maxDistance) {
        if (count == 0) {
            return;
        }
        double median = median();
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (Math.abs(values[i] - median) <= maxDistance) {
                anchors[kept] = anchors[i];
                values[kept] = values[i];
                kept++;
            }
        }
        dropped += count - kept;
        count = kept;
    }

    int count() {
        return count;
    }

    int dropped() {
        return dropped;
    }

    int anchor(int i) {
        return anchors[i];
    }

    double value(int i) {
        return values[i];
    }

    /** Insertion by (anchor, value): batches hold a handful of readings, where this beats any other sort. */
    private void insertSorted(int anchor, double value) {
        int i = count++;
        while (i > 0 && (anchors[i - 1] > anchor || anchors[i - 1] == anchor && values[i - 1] > value)) {
            anchors[i] = anchors[i - 1];
            values[i] = values[i - 1];
            i--;
        }
        anchors[i] = anchor;
        values[i] = value;
    }

    private void mergeDuplicates() {
        int kept = 0;
        for (int start = 0; start < count;) {
            int end = start + 1;
            while (end < count && anchors[end] == anchors[start]) {
                end++;
            }
            // values of a run are sorted: its median is the middle one, or the mean of the middle two
            double median = 0.5 * (values[start + (end - start - 1) / 2] + values[start + (end - start) / 2]);
            anchors[kept] = anchors[start];
            values[kept] = median;
            kept++;
            start = end;
        }
        count = kept;
    }

    /** The median over anchors, without disturbing the anchor order: a selection by counting, fine for a batch. */
    private double median() {
        double lower = Double.NaN;
        double upper = Double.NaN;
        for (int i = 0; i < count; i++) {
            int below = 0;
            int equal = 0;
            for (int j = 0; j < count; j++) {
                below += values[j] < values[i] ? 1 : 0;
                equal += values[j] == values[i] ? 1 : 0;
            }
            if (below <= (count - 1) / 2 && (count - 1) / 2 < below + equal) {
                lower = values[i];
            }
            if (below <= count / 2 && count / 2 < below + equal) {
                upper = values[i];
            }
        }
        return 0.5 * (lower + upper);
    }
}
