package io.sextant.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sextant.geometry.Anchor;
import io.sextant.testing.ScenarioCase;

/**
 * A scenario file under {@code src/test/resources/engine}: anchor sets ({@code anchors | set | id x y z [bias] ;
 * ...}, floor at elevation 0) and test cases, one per line, fields separated by {@code |}, {@code #} starting a
 * comment line. Each file's header documents its case formats.
 */
final class UwbCases {

    /** Readings written as {@code id value ; id value}: ids unknown to the anchors become index -1. */
    record Readings(int[] anchors, double[] values) {
    }

    private final Map<String, UwbAnchors> anchorSets = new HashMap<>();
    private final List<ScenarioCase> cases = new ArrayList<>();

    static UwbCases read(String name) {
        InputStream in = UwbCases.class.getResourceAsStream("/engine/" + name);
        if (in == null) {
            throw new IllegalArgumentException("no scenario file engine/" + name);
        }
        UwbCases file = new UwbCases();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null;) {
                lineNumber++;
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    file.parse(name + ":" + lineNumber, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    List<ScenarioCase> cases() {
        return cases;
    }

    UwbAnchors anchors(String set) {
        UwbAnchors anchors = anchorSets.get(set);
        if (anchors == null) {
            throw new IllegalArgumentException("no anchor set " + set);
        }
        return anchors;
    }

    static Readings readings(UwbAnchors anchors, String field) {
        String[] items = field.split(";");
        int[] indices = new int[items.length];
        double[] values = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            String[] parts = items[i].strip().split("\\s+");
            indices[i] = anchors.indexOf(parts[0]);
            values[i] = Double.parseDouble(parts[1]);
        }
        return new Readings(indices, values);
    }

    private void parse(String where, String line) {
        List<String> fields = Arrays.stream(line.split("\\|")).map(String::strip).toList();
        if (fields.get(0).equals("anchors")) {
            anchorSets.put(fields.get(1), UwbAnchors.of(anchorList(fields.get(2)), 0));
        } else {
            cases.add(new ScenarioCase(where, fields.get(0), fields.subList(1, fields.size())));
        }
    }

    private static List<Anchor> anchorList(String field) {
        return Arrays.stream(field.split(";")).map(String::strip).map(item -> {
            String[] p = item.split("\\s+");
            double bias = p.length > 4 ? Double.parseDouble(p[4]) : 0;
            return new Anchor(p[0], Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]), bias);
        }).toList();
    }
}
