package io.sextant.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.sextant.geometry.Beacon;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.MountedDevice;
import io.sextant.geometry.Receiver;
import io.sextant.geometry.WallCrossing;

/**
 * Synthetic BLE truth for tests, seeded: the log-distance model with exact wall crossings, log-normal shadowing
 * drawn once per (tag position, device) link, and Rician fast fading drawn per packet. The fading is shifted to a
 * zero mean in dB, as a calibration done on smoothed RSSIs would absorb its bias. Devices are indexed as in
 * {@link BleAttenuationGrid}: receivers, then beacons. A device is heard when its shadowed mean is at least
 * {@link #SENSITIVITY_DBM}.
 */
final class BleTestRadio {

    static final double SENSITIVITY_DBM = -95;

    /** A tag standing still: its position and its links' shadowing. */
    record Tag(double x, double y, double[] shadowingDb) {
    }

    private final List<MountedDevice> devices = new ArrayList<>();
    private final WallCrossing walls;
    private final double shadowingSigmaDb;
    private final double riceK;
    private final double fadingMeanDb;
    private final SplittableRandom random;

    /**
     * @param riceK Rician K factor of the fading (line-of-sight power over scattered power); 0 is Rayleigh
     */
    BleTestRadio(FloorPlan floor, double shadowingSigmaDb, double riceK, long seed) {
        devices.addAll(floor.receivers());
        devices.addAll(floor.beacons());
        walls = new WallCrossing(floor);
        this.shadowingSigmaDb = shadowingSigmaDb;
        this.riceK = riceK;
        random = new SplittableRandom(seed);
        double sum = 0;
        SplittableRandom calibration = new SplittableRandom(seed ^ 0x5EED);
        for (int i = 0; i < 100_000; i++) {
            sum += rawFadingDb(calibration);
        }
        fadingMeanDb = sum / 100_000;
    }

    int deviceCount() {
        return devices.size();
    }

    /** The mean RSSI at the device from a tag at (x, y) and the default height, with exact walls. */
    double meanRssiDbm(int device, double x, double y) {
        MountedDevice d = devices.get(device);
        double dz = BlePathLoss.DEFAULT_TAG_HEIGHT_METRES - d.z();
        double distance = Math.sqrt((x - d.x()) * (x - d.x()) + (y - d.y()) * (y - d.y()) + dz * dz);
        double rssiAt1m = d instanceof Receiver r ? r.rssiAt1mDbm() : ((Beacon) d).txPowerAt1mDbm();
        double exponent = d instanceof Receiver r ? r.pathLossExponent() : BlePathLoss.BEACON_PATH_LOSS_EXPONENT;
        return rssiAt1m - 10 * exponent * Math.log10(distance) - walls.attenuationDb(d.x(), d.y(), x, y);
    }

    /** A tag at (x, y) with fresh shadowing on every link. */
    Tag tagAt(double x, double y) {
        double[] shadowing = new double[devices.size()];
        for (int d = 0; d < shadowing.length; d++) {
            shadowing[d] = shadowingSigmaDb * random.nextGaussian();
        }
        return new Tag(x, y, shadowing);
    }

    boolean hears(Tag tag, int device) {
        return meanRssiDbm(device, tag.x(), tag.y()) + tag.shadowingDb()[device] >= SENSITIVITY_DBM;
    }

    /** One packet's RSSI, with fading. */
    double packetDbm(Tag tag, int device) {
        double rssi = meanRssiDbm(device, tag.x(), tag.y()) + tag.shadowingDb()[device] + rawFadingDb(random)
                - fadingMeanDb;
        return Math.max(BlePathLoss.MIN_RSSI_DBM, Math.min(BlePathLoss.MAX_RSSI_DBM, rssi));
    }

    /**
     * Feeds {@code packets} packets per heard device, one every {@code periodMillis}, through the smoother and
     * fills the observations with the smoothed RSSIs at the end.
     */
    void observe(Tag tag, RssiSmoother smoother, int packets, long periodMillis, BleObservations out) {
        out.clear();
        for (int d = 0; d < devices.size(); d++) {
            if (hears(tag, d)) {
                RssiLinkState link = null;
                for (int p = 0; p < packets; p++) {
                    link = smoother.update(link, packetDbm(tag, d), p * periodMillis);
                }
                out.add(d, link.rssiDbm());
            }
        }
    }

    /**
     * One packet per heard device at {@code timeMillis} through the smoother, then the observations are the links
     * current at that time.
     *
     * @param links the tag's links by device index, updated in place
     */
    void observeOnce(Tag tag, RssiSmoother smoother, RssiLinkState[] links, long timeMillis, BleObservations out) {
        out.clear();
        for (int d = 0; d < devices.size(); d++) {
            if (hears(tag, d)) {
                links[d] = smoother.update(links[d], packetDbm(tag, d), timeMillis);
            }
            if (smoother.isCurrent(links[d], timeMillis)) {
                out.add(d, links[d].rssiDbm());
            }
        }
    }

    private double rawFadingDb(SplittableRandom r) {
        double lineOfSight = Math.sqrt(riceK / (riceK + 1));
        double scatter = Math.sqrt(1 / (2 * (riceK + 1)));
        double i = lineOfSight + scatter * r.nextGaussian(), q = scatter * r.nextGaussian();
        return 10 * Math.log10(i * i + q * q);
    }
}
