package io.sextant.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import io.sextant.geometry.Beacon;
import io.sextant.geometry.FloorPlan;
import io.sextant.geometry.MountedDevice;
import io.sextant.geometry.Receiver;
import io.sextant.geometry.WallCrossing;
import io.sextant.model.BleRssi;
import io.sextant.model.BleScan;

/**
 * What BLE radios of one floor measure of a tag whose true position is known: the RSSI of its advertisements at
 * each fixed receiver, and for a scanning badge the RSSI of each fixed beacon at the tag.
 * <p>
 * {@code rssi = rssiAt1m - 10 n log10(d) - walls + shadowing + fading}, where {@code d} is the 3D distance (at
 * least {@link #MIN_DISTANCE_METRES}), {@code walls} the summed attenuation of every wall the straight line crosses
 * other than through an opening ({@link WallCrossing#attenuationDb}), {@code shadowing} a fixed spatially correlated
 * Gaussian field per device ({@link ShadowingField}) and {@code fading} a fresh Rician draw per packet with unit
 * mean power, so its mean in dB is slightly negative (-2.5 dB for Rayleigh, about -1 dB at K = 6 dB). A packet
 * below the detection threshold, or lost to the packet-loss draw, yields no reading. Only this floor's devices are
 * heard.
 * <p>
 * Positions: (x, y) in metres in the building frame; the tag's height is metres above this floor, the frame of the
 * devices' {@code z}. The shadowing field is fixed by the environment seed given at construction; per-packet draws
 * come from the caller's random source, one {@link SplittableRandom#split() split} stream per device in the floor
 * plan's order with a fixed sequence of draws, so results depend on nothing else.
 * <p>
 * Immutable, thread-safe (the random source is the caller's and must not be shared between threads).
 */
public final class BleRadioModel {

    /** Distances are clamped to this: it keeps log10 finite for a tag touching a receiver, where no model holds. */
    public static final double MIN_DISTANCE_METRES = 0.1;

    private final FloorPlan floor;
    private final BleRadioSettings settings;
    private final WallCrossing walls;
    private final ShadowingField shadowing;

    /**
     * @param environmentSeed fixes the shadowing field: the same seed is the same building, furniture and all
     */
    public BleRadioModel(FloorPlan floor, BleRadioSettings settings, long environmentSeed) {
        this.floor = Objects.requireNonNull(floor, "floor");
        this.settings = Objects.requireNonNull(settings, "settings");
        walls = new WallCrossing(floor);
        shadowing = new ShadowingField(environmentSeed, settings.shadowingSigmaDb(),
                settings.shadowingCorrelationMetres());
    }

    /**
     * One advertisement of the tag as the floor's receivers hear it.
     *
     * @param heightMetres the tag's height above this floor
     * @param random advanced by a fixed amount per receiver of the floor
     */
    public List<BleRssi> advertisement(String tagId, double x, double y, double heightMetres, Instant time,
            SplittableRandom random) {
        List<BleRssi> readings = new ArrayList<>();
        for (Receiver receiver : floor.receivers()) {
            received(receiver, receiver.rssiAt1mDbm(), receiver.pathLossExponent(), x, y, heightMetres, random)
                    .ifPresent(rssi -> readings.add(new BleRssi(tagId, receiver.id(), rssi, Double.NaN, time)));
        }
        return List.copyOf(readings);
    }

    /**
     * One scan of a badge: the floor's beacons as the tag hears them.
     *
     * @param heightMetres the tag's height above this floor
     * @param random advanced by a fixed amount per beacon of the floor
     */
    public List<BleScan> scan(String tagId, double x, double y, double heightMetres, Instant time,
            SplittableRandom random) {
        List<BleScan> readings = new ArrayList<>();
        for (Beacon beacon : floor.beacons()) {
            received(beacon, beacon.txPowerAt1mDbm(), settings.beaconPathLossExponent(), x, y, heightMetres, random)
                    .ifPresent(rssi -> readings.add(new BleScan(tagId, beacon.id(), rssi, time)));
        }
        return List.copyOf(readings);
    }

    /** The receiver's RSSI of a tag at this position from path loss and walls alone: no shadowing, no fading. */
    public double pathLossRssiDbm(Receiver receiver, double x, double y, double heightMetres) {
        return pathLossDbm(receiver, receiver.rssiAt1mDbm(), receiver.pathLossExponent(), x, y, heightMetres);
    }

    /** The tag's RSSI of the beacon at this position from path loss and walls alone: no shadowing, no fading. */
    public double pathLossRssiDbm(Beacon beacon, double x, double y, double heightMetres) {
        return pathLossDbm(beacon, beacon.txPowerAt1mDbm(), settings.beaconPathLossExponent(), x, y, heightMetres);
    }

    /**
     * Fast fading: the power of {@code sqrt(K/(K+1)) + sqrt(1/(K+1)) CN(0,1)}, whose mean is 1, in dB. Always
     * draws two Gaussians, so the caller's stream advances by the same amount whatever K is.
     */
    static double fadingDb(double ricianKDb, RandomGenerator random) {
        double inPhase = random.nextGaussian(), quadrature = random.nextGaussian();
        if (ricianKDb == Double.POSITIVE_INFINITY) {
            return 0;
        }
        double k = Math.pow(10, ricianKDb / 10);
        double direct = Math.sqrt(k / (k + 1)), scatteredSigma = Math.sqrt(1 / (2 * (k + 1)));
        double re = direct + scatteredSigma * inPhase, im = scatteredSigma * quadrature;
        return 10 * Math.log10(re * re + im * im);
    }

    private OptionalDouble received(MountedDevice device, double rssiAt1mDbm, double pathLossExponent, double x,
            double y, double heightMetres, SplittableRandom random) {
        SplittableRandom draws = random.split();
        boolean lost = draws.nextDouble() < settings.packetLossProbability();
        double rssiDbm = pathLossDbm(device, rssiAt1mDbm, pathLossExponent, x, y, heightMetres)
                + shadowing.shadowingDb(device.id(), x, y) + fadingDb(settings.ricianKDb(), draws);
        return lost || rssiDbm < settings.detectionThresholdDbm() ? OptionalDouble.empty() : OptionalDouble.of(rssiDbm);
    }

    private double pathLossDbm(MountedDevice device, double rssiAt1mDbm, double pathLossExponent, double x,
            double y, double heightMetres) {
        double dx = device.x() - x, dy = device.y() - y, dz = device.z() - heightMetres;
        double distanceMetres = Math.max(MIN_DISTANCE_METRES, Math.sqrt(dx * dx + dy * dy + dz * dz));
        return rssiAt1mDbm - 10 * pathLossExponent * Math.log10(distanceMetres)
                - walls.attenuationDb(device.x(), device.y(), x, y);
    }
}
