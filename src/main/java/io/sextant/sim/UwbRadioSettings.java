package io.sextant.sim;

/**
 * How {@link UwbRadioModel} errs. Immutable, thread-safe.
 *
 * @param rangeSigmaMetres standard deviation of the Gaussian ranging noise of a line-of-sight two-way range
 * @param nlosBiasMinMetres smallest extra path length of a non-line-of-sight link (the first path arrives late
 *        or is lost under the noise and a reflection is timed instead, so a range is never shortened)
 * @param nlosBiasMaxMetres largest extra path length of a non-line-of-sight link
 * @param forcedNlosProbability probability that a link is non-line-of-sight whatever the walls (a body, a bed, a
 *        trolley in the way); drawn for each reading, so it is the fraction of readings, not of anchors
 * @param dropoutProbability probability that a reading is lost (collision, missed response)
 * @param maxRangeMetres largest 3D distance at which a line-of-sight link still works
 * @param wallRangeFactor what each wall crossed multiplies the maximum range by
 * @param reportQuality whether readings carry a quality indicator (lower for non-line-of-sight links), or NaN
 * @param clockSigmaPicos standard deviation of a TDoA arrival timestamp (anchor clock synchronisation and
 *        leading-edge jitter), picoseconds
 * @param wallsObstruct whether the floor plan's walls make links non-line-of-sight and shorten their range; off
 *        for the textbook conditions of accuracy benchmarks (pure line of sight, or forced NLOS only)
 */
public record UwbRadioSettings(double rangeSigmaMetres, double nlosBiasMinMetres, double nlosBiasMaxMetres,
        double forcedNlosProbability, double dropoutProbability, double maxRangeMetres, double wallRangeFactor,
        boolean reportQuality, double clockSigmaPicos, boolean wallsObstruct) {

    /**
     * A typical indoor deployment: 0.10 m ranging noise (DW1000/DW3000 class radios in line of sight); a
     * non-line-of-sight excess of 0.3 to 1.5 m (a plasterboard or brick wall and the detour of the strongest
     * reflection); no forced NLOS; 5 % dropouts; 30 m range in line of sight; each wall crossed keeps 0.6 of the
     * range, because at 6.5 GHz an interior wall takes about 4.5 dB off the link budget and free-space range falls
     * as 10^(-dB/20); quality reported; 300 ps timestamp noise (about 0.09 m of path).
     */
    public static final UwbRadioSettings DEFAULTS = new UwbRadioSettings(0.10, 0.3, 1.5, 0, 0.05, 30, 0.6, true,
            300, true);

    public UwbRadioSettings {
        requireAtLeast("rangeSigmaMetres", rangeSigmaMetres, 0);
        requireAtLeast("nlosBiasMinMetres", nlosBiasMinMetres, 0);
        requireAtLeast("nlosBiasMaxMetres", nlosBiasMaxMetres, nlosBiasMinMetres);
        requireProbability("forcedNlosProbability", forcedNlosProbability);
        requireProbability("dropoutProbability", dropoutProbability);
        requireAtLeast("maxRangeMetres", maxRangeMetres, 0);
        requireProbability("wallRangeFactor", wallRangeFactor);
        requireAtLeast("clockSigmaPicos", clockSigmaPicos, 0);
    }

    /** These settings with walls transparent: every link line-of-sight unless forced otherwise. */
    public UwbRadioSettings withoutWalls() {
        return new UwbRadioSettings(rangeSigmaMetres, nlosBiasMinMetres, nlosBiasMaxMetres, forcedNlosProbability,
                dropoutProbability, maxRangeMetres, wallRangeFactor, reportQuality, clockSigmaPicos, false);
    }

    /** These settings with this share of readings made non-line-of-sight regardless of walls. */
    public UwbRadioSettings withForcedNlosProbability(double probability) {
        return new UwbRadioSettings(rangeSigmaMetres, nlosBiasMinMetres, nlosBiasMaxMetres, probability,
                dropoutProbability, maxRangeMetres, wallRangeFactor, reportQuality, clockSigmaPicos, wallsObstruct);
    }

    /** These settings with this dropout probability. */
    public UwbRadioSettings withDropoutProbability(double probability) {
        return new UwbRadioSettings(rangeSigmaMetres, nlosBiasMinMetres, nlosBiasMaxMetres, forcedNlosProbability,
                probability, maxRangeMetres, wallRangeFactor, reportQuality, clockSigmaPicos, wallsObstruct);
    }

    /** These settings with this line-of-sight ranging noise. */
    public UwbRadioSettings withRangeSigmaMetres(double sigmaMetres) {
        return new UwbRadioSettings(sigmaMetres, nlosBiasMinMetres, nlosBiasMaxMetres, forcedNlosProbability,
                dropoutProbability, maxRangeMetres, wallRangeFactor, reportQuality, clockSigmaPicos, wallsObstruct);
    }

    static void requireAtLeast(String name, double value, double least) {
        if (!(value >= least) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; expected a finite value >= " + least);
        }
    }

    static void requireProbability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " is " + value + "; expected a value from 0 to 1");
        }
    }
}
