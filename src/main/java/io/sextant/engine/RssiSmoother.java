package io.sextant.engine;

/**
 * Smooths the RSSI of a (tag, device) link against fast fading: an exponential filter in dB whose gain follows
 * the time since the previous packet, with each packet's pull on the estimate clipped.
 * <p>
 * Gain {@code 1 - exp(-dt / timeConstant)}: a packet after a long gap counts for more than one a few milliseconds
 * after another, so the filter's memory is a time, not a packet count, whatever a tag's advertising interval. For a
 * link's first packets the gain is at least {@code 1 / packets}, a plain running mean, so a new link is not stuck
 * near its first, possibly faded, packet. Once the link has {@value #WARM_UP_PACKETS} packets, a packet's difference
 * from the estimate is clipped to ±{@code clipDb}, so a deep fade or a reflection spike moves the estimate by at
 * most gain x clip.
 * <p>
 * A link not heard for {@code maxAgeMillis} is stale: {@link #isCurrent} says so, and its next packet starts it
 * afresh. Implausible RSSIs ({@link BlePathLoss#isPlausibleRssi}) are ignored. A packet older than the last one
 * heard is averaged in with no time weight and does not move the link's time back. Pure and deterministic: the
 * state is in {@link RssiLinkState}. Immutable, thread-safe.
 */
public final class RssiSmoother {

    /** Default time constant: at 1 Hz advertising it averages about six packets (fading spread / 2.5). */
    public static final double DEFAULT_TIME_CONSTANT_MILLIS = 3000;
    /** Default clip: about twice the spread of Rician fading in dB, so ordinary fades pass unclipped. */
    public static final double DEFAULT_CLIP_DB = 10;
    /** Default age after which a silent link is dropped: several missed packets at slow advertising rates. */
    public static final long DEFAULT_MAX_AGE_MILLIS = 10_000;

    /** An estimate of fewer packets is too young to call a packet an outlier. */
    static final int WARM_UP_PACKETS = 3;

    private final double timeConstantMillis;
    private final double clipDb;
    private final long maxAgeMillis;

    public RssiSmoother() {
        this(DEFAULT_TIME_CONSTANT_MILLIS, DEFAULT_CLIP_DB, DEFAULT_MAX_AGE_MILLIS);
    }

    public RssiSmoother(double timeConstantMillis, double clipDb, long maxAgeMillis) {
        if (!(timeConstantMillis > 0) || !(clipDb > 0) || maxAgeMillis <= 0) {
            throw new IllegalArgumentException("RSSI smoothing time constant " + timeConstantMillis + " ms, clip "
                    + clipDb + " dB, max age " + maxAgeMillis + " ms; expected all > 0");
        }
        this.timeConstantMillis = timeConstantMillis;
        this.clipDb = clipDb;
        this.maxAgeMillis = maxAgeMillis;
    }

    /**
     * The link after a packet.
     *
     * @param previous the link so far, or null for a link not yet heard
     * @param rssiDbm the packet's RSSI
     * @param timeMillis when it was measured, epoch milliseconds
     * @return the new state; {@code previous} itself (possibly null) if the RSSI is implausible
     */
    public RssiLinkState update(RssiLinkState previous, double rssiDbm, long timeMillis) {
        if (!BlePathLoss.isPlausibleRssi(rssiDbm)) {
            return previous;
        }
        if (previous == null || !isCurrent(previous, timeMillis)) {
            return new RssiLinkState(rssiDbm, timeMillis, 1);
        }
        long gapMillis = Math.max(0, timeMillis - previous.lastHeardMillis());
        int packets = previous.packets() == Integer.MAX_VALUE ? Integer.MAX_VALUE : previous.packets() + 1;
        double gain = Math.max(1 - Math.exp(-gapMillis / timeConstantMillis), 1.0 / packets);
        double differenceDb = rssiDbm - previous.rssiDbm();
        double pullDb = previous.packets() < WARM_UP_PACKETS ? differenceDb
                : Math.max(-clipDb, Math.min(clipDb, differenceDb));
        return new RssiLinkState(previous.rssiDbm() + gain * pullDb,
                Math.max(previous.lastHeardMillis(), timeMillis), packets);
    }

    /** Whether the link was heard within the max age before {@code nowMillis}; false for null. */
    public boolean isCurrent(RssiLinkState link, long nowMillis) {
        return link != null && nowMillis - link.lastHeardMillis() <= maxAgeMillis;
    }
}
