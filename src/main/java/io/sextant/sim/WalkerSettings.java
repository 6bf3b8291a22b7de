package io.sextant.sim;

/**
 * How {@link TagWalker} moves a tag. Immutable, thread-safe.
 *
 * @param speedMetresPerSecond walking speed along the route; stairs and lifts take as long as the route's
 *        equivalent level distance at this speed
 * @param minDwellSeconds shortest stay at a destination
 * @param maxDwellSeconds longest stay at a destination; stays are uniform between the two
 * @param sampleIntervalSeconds time between reported positions
 */
public record WalkerSettings(double speedMetresPerSecond, double minDwellSeconds, double maxDwellSeconds,
        double sampleIntervalSeconds) {

    /** A member of staff on foot: 1.2 m/s (a brisk hospital-corridor pace), stays of 20 s to 5 min, 1 Hz. */
    public static final WalkerSettings PERSON = new WalkerSettings(1.2, 20, 300, 1);

    /** Pushed equipment (a pump on a pole, a wheelchair, a bed): 0.8 m/s, parked 5 min to 1 h, 1 Hz. */
    public static final WalkerSettings EQUIPMENT = new WalkerSettings(0.8, 300, 3600, 1);

    public WalkerSettings {
        requirePositive("speedMetresPerSecond", speedMetresPerSecond);
        UwbRadioSettings.requireAtLeast("minDwellSeconds", minDwellSeconds, 0);
        // a positive longest stay keeps a walk advancing in time even where no route can be found
        requirePositive("maxDwellSeconds", maxDwellSeconds);
        UwbRadioSettings.requireAtLeast("maxDwellSeconds", maxDwellSeconds, minDwellSeconds);
        requirePositive("sampleIntervalSeconds", sampleIntervalSeconds);
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + "; expected a finite value > 0");
        }
    }
}
