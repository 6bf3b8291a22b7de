package io.sextant.sim;

import java.util.Arrays;
import java.util.Locale;

/** How a group of simulated tags moves; {@link Itineraries} turns each into stops. */
public enum Behaviour {
    /** Walks between random rooms, bays, stations and utility rooms, with short stays. */
    STAFF,
    /** Pushed round storage, then a patient room, then dirty utility, and back to storage, with long stays. */
    EQUIPMENT,
    /** Stays in one room, now and then takes a short walk into the corridor and back. */
    PATIENT,
    /** Stays in a room, then after a delay heads for the nearest exit door or stairwell. */
    WANDER,
    /** Lies in its zone (the nursery), then after a delay is carried to the nearest stairwell. */
    INFANT;

    public static Behaviour fromWireName(String name) {
        return Arrays.stream(values()).filter(b -> b.name().toLowerCase(Locale.ROOT).equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown behaviour '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(b -> b.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
