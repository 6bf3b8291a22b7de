package io.sextant.testing;

import java.util.Arrays;
import java.util.List;

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
        return Arrays.stream(fields.get(index).trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
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
