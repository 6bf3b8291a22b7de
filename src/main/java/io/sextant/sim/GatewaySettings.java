package io.sextant.sim;

/**
 * How the simulated gateways (one per floor) batch and spoil readings. Immutable, thread-safe.
 *
 * @param batchMillis how often each gateway publishes what it collected
 * @param maxClockSkewMillis each gateway's clock is off by a fixed amount drawn uniformly from plus or minus this,
 *        and stamps readings with it
 * @param duplicateProbability chance that a reading is sent twice: half the time in the same batch, half in the
 *        next, as a gateway that retries after a lost acknowledgement does
 */
public record GatewaySettings(long batchMillis, long maxClockSkewMillis, double duplicateProbability) {

    /** 100 ms batches, clocks within 20 ms, one reading in 200 duplicated. */
    public static final GatewaySettings DEFAULTS = new GatewaySettings(100, 20, 0.005);

    public GatewaySettings {
        if (batchMillis <= 0) {
            throw new IllegalArgumentException("batchMillis is " + batchMillis + "; expected > 0");
        }
        if (maxClockSkewMillis < 0) {
            throw new IllegalArgumentException("maxClockSkewMillis is " + maxClockSkewMillis + "; expected >= 0");
        }
        UwbRadioSettings.requireProbability("duplicateProbability", duplicateProbability);
    }
}
