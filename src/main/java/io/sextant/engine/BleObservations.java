package io.sextant.engine;

import java.util.Arrays;

/**
 * The smoothed RSSIs of one tag at one moment, by device index of a {@link BlePathLoss}: the input of
 * {@link BleSolver} and {@link RoomLocator}. A reusable buffer: clear it and refill it for each fix. Entries are kept
 * as given, even unknown devices (index -1) and implausible RSSIs, which the consumers skip; one entry per device is
 * expected (a duplicate counts twice). Mutable, not thread-safe.
 */
public final class BleObservations {

    private int[] devices = new int[16];
    private double[] rssiDbm = new double[16];
    private int count;
    private double tagHeightMetres = BlePathLoss.DEFAULT_TAG_HEIGHT_METRES;

    /** Empties the buffer and resets the tag height to {@link BlePathLoss#DEFAULT_TAG_HEIGHT_METRES}. */
    public BleObservations clear() {
        count = 0;
        tagHeightMetres = BlePathLoss.DEFAULT_TAG_HEIGHT_METRES;
        return this;
    }

    /** Adds a smoothed RSSI heard by (or, for a scanning tag, from) a device. */
    public BleObservations add(int deviceIndex, double rssiDbm) {
        if (count == devices.length) {
            devices = Arrays.copyOf(devices, count * 2);
            this.rssiDbm = Arrays.copyOf(this.rssiDbm, count * 2);
        }
        devices[count] = deviceIndex;
        this.rssiDbm[count++] = rssiDbm;
        return this;
    }

    /** Sets the tag's height above the floor when known, metres; a non-finite value means unknown. */
    public BleObservations tagHeightMetres(double metres) {
        tagHeightMetres = Double.isFinite(metres) ? metres : BlePathLoss.DEFAULT_TAG_HEIGHT_METRES;
        return this;
    }

    public double tagHeightMetres() {
        return tagHeightMetres;
    }

    public int count() {
        return count;
    }

    public int deviceIndex(int entry) {
        return devices[entry];
    }

    public double rssiDbm(int entry) {
        return rssiDbm[entry];
    }
}
