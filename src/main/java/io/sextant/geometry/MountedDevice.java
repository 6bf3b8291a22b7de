package io.sextant.geometry;

/**
 * Fixed radio infrastructure on a floor. Coordinates are metres in the building frame; {@code z} is the mounting
 * height above the floor, so the absolute height is the floor's elevation plus {@code z}.
 */
public sealed interface MountedDevice permits Anchor, Receiver, Beacon {

    String id();

    double x();

    double y();

    /** Mounting height above the floor, metres. */
    double z();
}
