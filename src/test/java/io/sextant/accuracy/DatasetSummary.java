package io.sextant.accuracy;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.sextant.geometry.Receiver;

/**
 * Loads both recordings and prints, as markdown, what they hold and how the textbook baseline does on them: the
 * numbers behind docs/accuracy.md. Run from the repository root:
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.mainClass=io.sextant.accuracy.DatasetSummary
 * -Dexec.classpathScope=test}.
 */
public final class DatasetSummary {

    private final PrintStream out;

    private DatasetSummary(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        DatasetSummary summary = new DatasetSummary(System.out);
        summary.uwb();
        summary.ble();
    }

    private void uwb() {
        out.println("## UWB: LIAS-CUHKSZ (MIT)\n");
        List<UwbRecording> recordings = new ArrayList<>();
        LiasUwbDataset.dynamicRuns().forEach(speed -> recordings.add(LiasUwbDataset.dynamic(speed)));
        LiasUwbDataset.staticRuns().forEach(run -> recordings.add(LiasUwbDataset.staticRun(run)));
        out.println("| recording | layout | ranges | rounds | duration s | ranges/s | rounds/s | clock offset s"
                + " | truth |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---|");
        for (UwbRecording r : recordings) {
            long rounds = r.readings().stream().map(reading -> reading.time()).distinct().count();
            out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.0f | %.1f | %+.4f | %s |%n", r.name(), r.layout(),
                    r.readings().size(), rounds, r.durationSeconds(), r.readings().size() / r.durationSeconds(),
                    rounds / r.durationSeconds(), r.clockOffsetSeconds(),
                    r.chosenFit().map(f -> f.convention().name()).orElse("README pose"));
        }
        out.println("\n### Quaternion conventions: range residual RMS m (per-pair median removed, capped at 1 m)"
                + " @ best clock offset s; raw median residual m\n");
        out.println("| recording | convention | residual RMS m | offset s | median residual m | ranges |");
        out.println("|---|---|---:|---:|---:|---:|");
        for (UwbRecording r : recordings) {
            for (ClockFit f : r.clockFits()) {
                out.printf(Locale.ROOT, "| %s | %s | %.4f | %+.4f | %+.3f | %d |%n", r.name(), f.convention(),
                        f.residualRmsMetres(), f.offsetSeconds(), f.medianResidualMetres(), f.ranges());
            }
        }
        out.println("\n### Textbook LS per CSV row (2D error vs truth)\n");
        out.println("| recording tag " + ErrorStats.markdownHeader().replace("\n|", "\n|---|"));
        for (UwbRecording r : recordings) {
            for (int tag = 0; tag < LiasLayout.TAGS; tag++) {
                String tagId = LiasLayout.tagId(tag);
                out.println("| " + r.name() + " " + tagId + " " + ErrorStats.of(TextbookBaseline.uwbErrors(r, tagId)));
            }
        }
    }

    private void ble() {
        out.println("\n## BLE: Danis (CC0)\n");
        List<BleTrack> tracks = DanisBleDataset.trackNames().stream().map(DanisBleDataset::track).toList();
        out.println("| track | readings | duration s | readings/s |");
        out.println("|---|---:|---:|---:|");
        for (BleTrack t : tracks) {
            out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", t.name(), t.readings().size(), t.durationSeconds(),
                    t.readings().size() / t.durationSeconds());
        }
        printFits(PathLossFit.perReceiver(tracks, DanisBleDataset.sensors()));
        out.println("\n### Textbook LS on " + TextbookBaseline.BLE_WINDOW_SECONDS
                + " s mean RSSI per receiver (2D error vs truth); calibrated = fitted on the other tracks\n");
        out.println("| track model " + ErrorStats.markdownHeader().replace("\n|", "\n|---|"));
        List<Receiver> uncalibrated = DanisBleDataset.uncalibratedReceivers();
        for (BleTrack t : tracks) {
            List<BleTrack> others = tracks.stream().filter(other -> other != t).toList();
            List<Receiver> calibrated = DanisBleDataset.calibratedReceivers(
                    PathLossFit.perReceiver(others, DanisBleDataset.sensors()));
            out.println("| " + t.name() + " uncalibrated " + bleStats(t, uncalibrated));
            out.println("| " + t.name() + " calibrated " + bleStats(t, calibrated));
        }
    }

    private static ErrorStats bleStats(BleTrack track, List<Receiver> receivers) {
        return ErrorStats.of(TextbookBaseline.bleErrors(track, receivers));
    }

    private void printFits(Map<String, PathLoss> fits) {
        out.println("\n### Log-distance fit per receiver, all tracks pooled (uncalibrated default: "
                + TextbookLeastSquares.DEFAULT_RSSI_AT_1M_DBM + " dBm, n = "
                + TextbookLeastSquares.DEFAULT_PATH_LOSS_EXPONENT + ")\n");
        out.println("| receiver | alias | x m | y m | z m | RSSI at 1 m dBm | n | samples | residual RMS dB |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        for (DanisBleDataset.Sensor s : DanisBleDataset.sensors()) {
            PathLoss fit = fits.get(s.mac());
            out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.1f | %.2f | %d | %.1f |%n", s.mac(), s.alias(),
                    s.xMetres(), s.yMetres(), s.zMetres(), fit.rssiAt1mDbm(), fit.pathLossExponent(), fit.samples(),
                    fit.residualRmsDb());
        }
    }
}
