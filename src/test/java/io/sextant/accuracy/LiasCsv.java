package io.sextant.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Readers for the LIAS-CUHKSZ CSV files. Times are wall-clock strings ({@code 2022-08-15 9:42:24.766}) without a
 * zone; they are read as UTC, which only matters for display, since both clocks are read the same way and only
 * their difference is used.
 */
final class LiasCsv {

    /** A UWB file: one row per ranging round, 24 ranges ordered a0-t0, a0-t1, a0-t2, a1-t0, ... a7-t2. */
    record UwbRows(double[] timesSeconds, double[][] rangesMetres) {

        /** The column of an anchor-tag pair in {@link #rangesMetres}. */
        static int pair(int anchor, int tag) {
            return anchor * LiasLayout.TAGS + tag;
        }

        int size() {
            return timesSeconds.length;
        }
    }

    /** A motion-capture file: the trolley centroid (metres) and the four quaternion columns, in file order. */
    record MotionCapture(double[] timesSeconds, double[][] centroidMetres, double[][] quaternionColumns) {

        /** Where a tag at this offset on the trolley was, in the motion-capture clock. */
        GroundTruth tagTruth(double[] offsetMetres, MocapConvention convention) {
            int n = timesSeconds.length;
            double[] x = new double[n];
            double[] y = new double[n];
            double[] z = new double[n];
            for (int i = 0; i < n; i++) {
                double[] turned = convention.rotate(quaternionColumns[i], offsetMetres);
                x[i] = centroidMetres[i][0] + turned[0];
                y[i] = centroidMetres[i][1] + turned[1];
                z[i] = centroidMetres[i][2] + turned[2];
            }
            return GroundTruth.of(timesSeconds, x, y, z);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm:ss.SSS");
    private static final int RANGE_COLUMNS = LiasLayout.ANCHORS * LiasLayout.TAGS;

    private LiasCsv() {
    }

    /**
     * Missing ranges (empty fields, the odd 0) become NaN. Columns after the documented 24 are ignored: some static
     * files pad rows with empty fields, and a handful of rows carry logger debris there (0, 652.8, 7.67).
     */
    static UwbRows readUwb(Path file) {
        List<String> lines = lines(file).stream().filter(line -> !line.isBlank()).toList();
        double[] times = new double[lines.size()];
        double[][] ranges = new double[lines.size()][];
        for (int row = 0; row < lines.size(); row++) {
            String[] fields = lines.get(row).split(",", -1);
            if (fields.length < RANGE_COLUMNS + 1) {
                throw new IllegalArgumentException(file + " line " + (row + 1) + ": " + fields.length
                        + " fields; expected a time and " + RANGE_COLUMNS + " ranges");
            }
            times[row] = timeSeconds(fields[0], file, row);
            ranges[row] = new double[RANGE_COLUMNS];
            for (int column = 0; column < RANGE_COLUMNS; column++) {
                ranges[row][column] = rangeOrNaN(fields[column + 1]);
            }
        }
        return new UwbRows(times, ranges);
    }

    /** The first line is a header ({@code time,x,y,z,rotation,,,}). */
    static MotionCapture readMotionCapture(Path file) {
        List<String> lines = lines(file).stream().skip(1).filter(line -> !line.isBlank()).toList();
        double[] times = new double[lines.size()];
        double[][] centroid = new double[lines.size()][];
        double[][] quaternion = new double[lines.size()][];
        for (int row = 0; row < lines.size(); row++) {
            String[] fields = lines.get(row).split(",");
            if (fields.length != 8) {
                throw new IllegalArgumentException(file + " line " + (row + 2) + ": " + fields.length
                        + " fields; expected time, x, y, z and four quaternion components");
            }
            times[row] = timeSeconds(fields[0], file, row + 1);
            centroid[row] = numbers(fields, 1, 3);
            quaternion[row] = numbers(fields, 4, 4);
        }
        return new MotionCapture(times, centroid, quaternion);
    }

    private static double rangeOrNaN(String field) {
        if (field.isBlank()) {
            return Double.NaN;
        }
        double range = Double.parseDouble(field);
        return range > 0 ? range : Double.NaN;
    }

    private static double[] numbers(String[] fields, int from, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Double.parseDouble(fields[from + i]);
        }
        return values;
    }

    private static double timeSeconds(String text, Path file, int row) {
        try {
            LocalDateTime local = LocalDateTime.parse(text.trim(), TIME);
            return local.toEpochSecond(ZoneOffset.UTC) + local.getNano() * 1e-9;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + " line " + (row + 1) + ": time '" + text
                    + "' is not yyyy-MM-dd H:mm:ss.SSS", e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
