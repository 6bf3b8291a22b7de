package io.sextant.sim;

/**
 * How {@link BleRadioModel} errs. Immutable, thread-safe.
 *
 * @param shadowingSigmaDb standard deviation of log-normal shadowing (slow, position-dependent), dB
 * @param shadowingCorrelationMetres spacing of the grid the shadowing is drawn on: points closer than this share
 *        most of their shadowing, points more than two spacings apart none
 * @param ricianKDb Rician K-factor of fast fading (power of the direct path over the scattered power), dB;
 *        {@link Double#NEGATIVE_INFINITY} for Rayleigh fading (no direct path), {@link Double#POSITIVE_INFINITY}
 *        for no fading at all
 * @param detectionThresholdDbm weakest packet a radio still decodes; weaker ones are lost
 * @param packetLossProbability probability that a packet above the threshold is lost anyway (collisions,
 *        advertising on a channel the receiver is not listening to)
 * @param beaconPathLossExponent {@code n} of the log-distance model for beacons heard by scanning tags (beacons,
 *        unlike receivers, carry no exponent of their own)
 */
public record BleRadioSettings(double shadowingSigmaDb, double shadowingCorrelationMetres, double ricianKDb,
        double detectionThresholdDbm, double packetLossProbability, double beaconPathLossExponent) {

    /**
     * A typical hospital ward: 6 dB shadowing correlated over 2 m (furniture, people, equipment carts); Rician
     * fading with K = 6 dB (indoor, tag mostly in view of a ceiling receiver); packets below -95 dBm lost (the
     * sensitivity of common BLE 4/5 gateways at 1 Mbit/s); 10 % of packets lost to collisions and channel hopping;
     * beacon path-loss exponent 2.5 (between free space and a cluttered room).
     */
    public static final BleRadioSettings DEFAULTS = new BleRadioSettings(6, 2, 6, -95, 0.10, 2.5);

    public BleRadioSettings {
        UwbRadioSettings.requireAtLeast("shadowingSigmaDb", shadowingSigmaDb, 0);
        if (!(shadowingCorrelationMetres > 0) || Double.isInfinite(shadowingCorrelationMetres)) {
            throw new IllegalArgumentException("shadowingCorrelationMetres is " + shadowingCorrelationMetres
                    + "; expected a finite value > 0");
        }
        if (Double.isNaN(ricianKDb)) {
            throw new IllegalArgumentException("ricianKDb is NaN; expected a number, or -Infinity for Rayleigh"
                    + " fading, or +Infinity for none");
        }
        if (Double.isNaN(detectionThresholdDbm)) {
            throw new IllegalArgumentException("detectionThresholdDbm is NaN; expected a number, or -Infinity to"
                    + " decode every packet");
        }
        UwbRadioSettings.requireProbability("packetLossProbability", packetLossProbability);
        if (!(beaconPathLossExponent > 0) || Double.isInfinite(beaconPathLossExponent)) {
            throw new IllegalArgumentException("beaconPathLossExponent is " + beaconPathLossExponent
                    + "; expected a finite value > 0");
        }
    }

    /** These settings with this shadowing deviation. */
    public BleRadioSettings withShadowingSigmaDb(double sigmaDb) {
        return new BleRadioSettings(sigmaDb, shadowingCorrelationMetres, ricianKDb, detectionThresholdDbm,
                packetLossProbability, beaconPathLossExponent);
    }

    /** These settings with this fading K-factor. */
    public BleRadioSettings withRicianKDb(double kDb) {
        return new BleRadioSettings(shadowingSigmaDb, shadowingCorrelationMetres, kDb, detectionThresholdDbm,
                packetLossProbability, beaconPathLossExponent);
    }

    /** These settings with this detection threshold. */
    public BleRadioSettings withDetectionThresholdDbm(double thresholdDbm) {
        return new BleRadioSettings(shadowingSigmaDb, shadowingCorrelationMetres, ricianKDb, thresholdDbm,
                packetLossProbability, beaconPathLossExponent);
    }

    /** These settings with this packet loss probability. */
    public BleRadioSettings withPacketLossProbability(double probability) {
        return new BleRadioSettings(shadowingSigmaDb, shadowingCorrelationMetres, ricianKDb, detectionThresholdDbm,
                probability, beaconPathLossExponent);
    }
}
