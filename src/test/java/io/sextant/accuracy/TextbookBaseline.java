package io.sextant.accuracy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.sextant.geometry.Anchor;
import io.sextant.geometry.Receiver;
import io.sextant.model.BleRssi;
import io.sextant.model.UwbRange;

/**
 * Runs {@link TextbookLeastSquares} over a recording the simplest sensible way and scores it against the truth:
 * the numbers the engine has to beat. Each method returns one 2D error per attempted fix, NaN for a failed one,
 * ready for {@link ErrorStats#of}. Stateless, thread-safe.
 */
public final class TextbookBaseline {

    /** How far back the BLE baseline averages each receiver's RSSI. */
    public static final double BLE_WINDOW_SECONDS = 2.0;

    private TextbookBaseline() {
    }

    /**
     * One fix per epoch of this tag. An epoch is one row of the CSV: the ranges of one ranging round, which share
     * their time; a repeated anchor at the same time (a few rows repeat a timestamp) starts the next row. Epochs
     * outside the truth's span are not scored.
     */
    public static double[] uwbErrors(UwbRecording recording, String tagId) {
        Map<String, Anchor> anchors = new HashMap<>();
        recording.layout().anchors().forEach(a -> anchors.put(a.id(), a));
        GroundTruth truth = recording.truthByTag().get(tagId);
        List<Double> errors = new ArrayList<>();
        List<UwbRange> epoch = new ArrayList<>();
        for (UwbRange range : recording.readings()) {
            if (!range.tagId().equals(tagId)) {
                continue;
            }
            if (!epoch.isEmpty() && (!range.time().equals(epoch.get(0).time()) || hasAnchor(epoch, range.anchorId()))) {
                scoreEpoch(epoch, anchors, truth, errors);
                epoch.clear();
            }
            epoch.add(range);
        }
        scoreEpoch(epoch, anchors, truth, errors);
        return errors.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * One fix at each reading's time, from each receiver's mean RSSI (dBm) over the trailing
     * {@link #BLE_WINDOW_SECONDS}, turned into a distance with that receiver's model. The window is causal, as a live
     * engine's must be; fixes within the first window of the track are not scored.
     */
    public static double[] bleErrors(BleTrack track, List<Receiver> receivers) {
        Map<String, Receiver> byId = new HashMap<>();
        receivers.forEach(r -> byId.put(r.id(), r));
        List<BleRssi> readings = track.readings();
        Map<String, double[]> sumAndCount = new TreeMap<>();
        double start = GroundTruth.seconds(readings.get(0).time());
        double[] errors = new double[readings.size()];
        int scored = 0;
        int oldest = 0;
        for (BleRssi reading : readings) {
            double now = GroundTruth.seconds(reading.time());
            accumulate(sumAndCount, reading, +1);
            while (GroundTruth.seconds(readings.get(oldest).time()) <= now - BLE_WINDOW_SECONDS) {
                accumulate(sumAndCount, readings.get(oldest++), -1);
            }
            if (now - start >= BLE_WINDOW_SECONDS && track.truth().covers(now)) {
                double[] fix = solveWindow(sumAndCount, byId);
                errors[scored++] = track.truth().errorMetres(now, fix[0], fix[1]);
            }
        }
        return Arrays.copyOf(errors, scored);
    }

    private static boolean hasAnchor(List<UwbRange> epoch, String anchorId) {
        return epoch.stream().anyMatch(r -> r.anchorId().equals(anchorId));
    }

    private static void scoreEpoch(List<UwbRange> epoch, Map<String, Anchor> anchors, GroundTruth truth,
            List<Double> errors) {
        if (epoch.isEmpty()) {
            return;
        }
        double t = GroundTruth.seconds(epoch.get(0).time());
        if (!truth.covers(t)) {
            return;
        }
        double[] x = new double[epoch.size()];
        double[] y = new double[epoch.size()];
        double[] ranges = new double[epoch.size()];
        for (int i = 0; i < epoch.size(); i++) {
            Anchor anchor = anchors.get(epoch.get(i).anchorId());
            x[i] = anchor.x();
            y[i] = anchor.y();
            ranges[i] = epoch.get(i).rangeMetres();
        }
        double[] fix = TextbookLeastSquares.solve(x, y, ranges);
        errors.add(truth.errorMetres(t, fix[0], fix[1]));
    }

    private static void accumulate(Map<String, double[]> sumAndCount, BleRssi reading, int sign) {
        double[] entry = sumAndCount.computeIfAbsent(reading.receiverId(), id -> new double[2]);
        entry[0] += sign * reading.rssiDbm();
        entry[1] += sign;
    }

    private static double[] solveWindow(Map<String, double[]> sumAndCount, Map<String, Receiver> receivers) {
        List<double[]> rows = new ArrayList<>();
        sumAndCount.forEach((id, entry) -> {
            Receiver receiver = receivers.get(id);
            if (entry[1] > 0 && receiver != null) {
                double meanDbm = entry[0] / entry[1];
                rows.add(new double[] { receiver.x(), receiver.y(), TextbookLeastSquares.distanceMetres(meanDbm,
                        receiver.rssiAt1mDbm(), receiver.pathLossExponent()) });
            }
        });
        return TextbookLeastSquares.solve(rows.stream().mapToDouble(r -> r[0]).toArray(),
                rows.stream().mapToDouble(r -> r[1]).toArray(), rows.stream().mapToDouble(r -> r[2]).toArray());
    }
}
