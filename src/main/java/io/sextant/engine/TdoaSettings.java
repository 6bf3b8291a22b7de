package io.sextant.engine;

/**
 * How {@link TdoaSolver} weighs, refines and judges the arrivals of one blink. Immutable. The components not
 * described here mean what they mean in {@link TwrSettings}, with ranges read as arrival times times c.
 *
 * @param arrivalSigmaPicos standard deviation of one anchor's arrival time, clock synchronisation included;
 *        default 400 ps (0.12 m)
 * @param maxRangeMetres arrivals more than this over c from the blink's median arrival are dropped: no tag
 *        in radio range of an anchor can produce them; default 100 m
 */
public record TdoaSettings(double arrivalSigmaPicos, double maxRangeMetres, double huberK, int maxIterations,
        double convergenceMetres, double exclusionQuantile, int maxExclusions, double maxVerticalDop,
        double maxHorizontalDop) {

    /** Speed of light in vacuum (and, to 0.03 %, in air), metres per second. */
    public static final double SPEED_OF_LIGHT_METRES_PER_SECOND = 299_792_458.0;

    /** How far light travels in a picosecond, metres (0.3 mm). */
    public static final double METRES_PER_PICO = SPEED_OF_LIGHT_METRES_PER_SECOND * 1e-12;

    /** Defaults: 400 ps, 100 m, and {@link TwrSettings#DEFAULTS} for the rest. */
    public static final TdoaSettings DEFAULTS = new TdoaSettings(400, 100, 1.5, 10, 1e-3, 3.09, 2, 1.5, 5);

    public TdoaSettings {
        new FitSettings(arrivalSigmaPicos * METRES_PER_PICO, huberK, maxIterations, convergenceMetres,
                exclusionQuantile, maxExclusions, maxVerticalDop, maxHorizontalDop).validate();
        FitSettings.check(maxRangeMetres > 0, "max range (m)", maxRangeMetres);
    }

    /** These settings with plain least squares: no robust loss, no exclusion. */
    public TdoaSettings plainLeastSquares() {
        return new TdoaSettings(arrivalSigmaPicos, maxRangeMetres, Double.POSITIVE_INFINITY, maxIterations,
                convergenceMetres, exclusionQuantile, 0, maxVerticalDop, maxHorizontalDop);
    }

    FitSettings fit() {
        return new FitSettings(arrivalSigmaPicos * METRES_PER_PICO, huberK, maxIterations, convergenceMetres,
                exclusionQuantile, maxExclusions, maxVerticalDop, maxHorizontalDop);
    }
}
