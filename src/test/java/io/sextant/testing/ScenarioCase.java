package io.sextant.testing;

import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * One line of a scenario file (geometry, UWB and BLE scenarios share the format): its keyword,
 * the {@code |}-separated fields after it, and where it was written, for failure messages.
 */
public record ScenarioCase(String where, String keyword, List<String> fields) {

    public String text(int index) {
        return fields.get(index);
    }

    public double number(int index) {
        return Double.parseDouble(fields.get(index));
    }

    /** A field of whitespace-separated numbers. */
    public double[] numbers(int index) {
        return parseNumbers(fields.get(index));
    }

    /** Whitespace-separated numbers. */
    public static double[] parseNumbers(String field) {
        return Arrays.stream(field.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    /** A WKT geometry; a bad one names itself in the exception. */
    public static Geometry parseWkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException("bad WKT '" + wkt + "': " + e.getMessage(), e);
        }
    }

    /** A field written as {@code -}: deliberately empty. */
    public boolean isDash(int index) {
        return text(index).equals("-");
    }

    @Override
    public String toString() {
        return where + " " + keyword + " | " + String.join(" | ", fields);
    }
}
