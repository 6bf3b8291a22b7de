package io.sextant.engine;

import java.util.Arrays;

/**
 * The UWB readings of one tag gathered for one solution: the ranges of one ranging round, or the
 * arrivals of one blink. Mutable accumulator owned by one engine thread.
 */
final class UwbEpoch {

    final String tagId;
    final long key;
    final long startMicros;
    long lastMicros;
    int count;
    String[] anchorIds = new String[8];
    double[] ranges = new double[8];
    long[] arrivals = new long[8];

    UwbEpoch(String tagId, long key, long startMicros) {
        this.tagId = tagId;
        this.key = key;
        this.startMicros = startMicros;
        this.lastMicros = startMicros;
    }

    boolean contains(String anchorId) {
        for (int i = 0; i < count; i++) {
            if (anchorIds[i].equals(anchorId)) {
                return true;
            }
        }
        return false;
    }

    void add(String anchorId, double rangeMetres, long arrivalPicos, long timeMicros) {
        if (count == anchorIds.length) {
            anchorIds = Arrays.copyOf(anchorIds, count * 2);
            ranges = Arrays.copyOf(ranges, count * 2);
            arrivals = Arrays.copyOf(arrivals, count * 2);
        }
        anchorIds[count] = anchorId;
        ranges[count] = rangeMetres;
        arrivals[count] = arrivalPicos;
        count++;
        lastMicros = Math.max(lastMicros, timeMicros);
    }
}
