package io.sextant.accuracy;

/**
 * A receiver's fitted log-distance model {@code rssi = rssiAt1mDbm - 10 n log10(d)}.
 *
 * @param samples readings the fit used
 * @param residualRmsDb RMS of the fit's RSSI residuals, dB
 */
public record PathLoss(double rssiAt1mDbm, double pathLossExponent, int samples, double residualRmsDb) {

    /** Whether the fit can parameterise a receiver (the model needs a positive exponent). */
    public boolean isUsable() {
        return Double.isFinite(rssiAt1mDbm) && pathLossExponent > 0;
    }
}
