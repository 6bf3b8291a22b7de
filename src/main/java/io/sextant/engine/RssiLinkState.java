package io.sextant.engine;

/**
 * The smoothed RSSI of one (tag, device) link, as kept between packets by {@link RssiSmoother}. Immutable.
 *
 * @param rssiDbm smoothed RSSI, dBm
 * @param lastHeardMillis time of the latest packet, epoch milliseconds
 * @param packets packets averaged since the link was (re)started, saturating at {@link Integer#MAX_VALUE}
 */
public record RssiLinkState(double rssiDbm, long lastHeardMillis, int packets) {
}
