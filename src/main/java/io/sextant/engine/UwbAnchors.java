package io.sextant.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.sextant.geometry.Anchor;

/**
 * The UWB anchors of one floor as primitive arrays, the form the solvers work on: each anchor has an index
 * (its position in the list it was built from), an absolute position and a range bias.
 * <p>
 * Heights are absolute: the floor's elevation plus the anchor's mounting height, on the same datum as the tag
 * heights given to the solvers. The bias is what the anchor adds to every range (metres, positive when it
 * reads long); it starts as the plan's {@link Anchor#rangeBiasMetres()} and can be replaced by a calibration
 * ({@link #withBiases(Map)}). Immutable, thread-safe: share one instance between all solver threads.
 */
public final class UwbAnchors {

    private final String[] ids;
    private final double[] xMetres;
    private final double[] yMetres;
    private final double[] zMetres;
    private final double[] biasMetres;
    private final double floorElevationMetres;
    private final Map<String, Integer> indexById;

    private UwbAnchors(String[] ids, double[] xMetres, double[] yMetres, double[] zMetres, double[] biasMetres,
            double floorElevationMetres, Map<String, Integer> indexById) {
        this.ids = ids;
        this.xMetres = xMetres;
        this.yMetres = yMetres;
        this.zMetres = zMetres;
        this.biasMetres = biasMetres;
        this.floorElevationMetres = floorElevationMetres;
        this.indexById = indexById;
    }

    /**
     * The anchors of a floor, indexed in list order.
     *
     * @throws IllegalArgumentException if an id repeats or a coordinate, bias or the elevation is not finite
     */
    public static UwbAnchors of(List<Anchor> anchors, double floorElevationMetres) {
        requireFinite(floorElevationMetres, "floor elevation");
        int n = anchors.size();
        String[] ids = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double[] bias = new double[n];
        Map<String, Integer> indexById = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            Anchor a = anchors.get(i);
            if (indexById.putIfAbsent(a.id(), i) != null) {
                throw new IllegalArgumentException("anchor " + a.id() + " appears twice");
            }
            ids[i] = a.id();
            x[i] = requireFinite(a.x(), "x of anchor " + a.id());
            y[i] = requireFinite(a.y(), "y of anchor " + a.id());
            z[i] = floorElevationMetres + requireFinite(a.z(), "z of anchor " + a.id());
            bias[i] = requireFinite(a.rangeBiasMetres(), "range bias of anchor " + a.id());
        }
        return new UwbAnchors(ids, x, y, z, bias, floorElevationMetres, Map.copyOf(indexById));
    }

    /**
     * The same anchors with the biases of some replaced, e.g. by {@link UwbBiasCalibration}'s estimates.
     *
     * @param biasMetresById new biases; anchors not named keep theirs
     * @throws IllegalArgumentException if an id is not one of these anchors or a bias is not finite
     */
    public UwbAnchors withBiases(Map<String, Double> biasMetresById) {
        double[] bias = biasMetres.clone();
        biasMetresById.forEach((id, value) -> {
            int i = indexOf(id);
            if (i < 0) {
                throw new IllegalArgumentException("no anchor " + id + " to take a bias of " + value + " m");
            }
            bias[i] = requireFinite(value, "range bias of anchor " + id);
        });
        return new UwbAnchors(ids, xMetres, yMetres, zMetres, bias, floorElevationMetres, indexById);
    }

    /** The index of an anchor, or -1 if there is none with that id. */
    public int indexOf(String id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    public int size() {
        return ids.length;
    }

    public String id(int index) {
        return ids[index];
    }

    public double xMetres(int index) {
        return xMetres[index];
    }

    public double yMetres(int index) {
        return yMetres[index];
    }

    /** Absolute height: floor elevation plus mounting height. */
    public double zMetres(int index) {
        return zMetres[index];
    }

    public double biasMetres(int index) {
        return biasMetres[index];
    }

    /** The elevation of the floor these anchors are on; add a tag's height above the floor for the solvers. */
    public double floorElevationMetres() {
        return floorElevationMetres;
    }

    @Override
    public String toString() {
        return "UwbAnchors" + Arrays.toString(ids);
    }

    private static double requireFinite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, got " + value);
        }
        return value;
    }
}
