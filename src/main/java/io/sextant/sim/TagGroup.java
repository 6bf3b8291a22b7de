package io.sextant.sim;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tags of a scenario that share a kind and a behaviour. Immutable, thread-safe.
 *
 * @param count how many tags
 * @param idPrefix tag ids are this followed by a 3-digit number from 001
 * @param floors the floors they move on; empty for every floor
 * @param area a zone id: they only use this zone and the zones nested in it; empty for no such limit
 * @param uwbHz UWB ranging rate; 0 for none
 * @param bleHz BLE advertising rate; 0 for none
 * @param minDwellSeconds shortest stay at a stop
 * @param maxDwellSeconds longest stay at a stop
 * @param delaySeconds for {@code wander} and {@code infant}: how long before they set off
 * @param events what happens to the group's tags and when
 */
public record TagGroup(int count, String idPrefix, TagKind kind, Behaviour behaviour, List<String> floors,
        Optional<String> area, double uwbHz, double bleHz, double minDwellSeconds, double maxDwellSeconds,
        double delaySeconds, List<TagEvent> events) {

    public TagGroup {
        Objects.requireNonNull(idPrefix, "idPrefix");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(behaviour, "behaviour");
        Objects.requireNonNull(area, "area");
        floors = List.copyOf(floors);
        events = List.copyOf(events);
        if (count < 0) {
            throw new IllegalArgumentException("count of group '" + idPrefix + "' is " + count + "; expected >= 0");
        }
        UwbRadioSettings.requireAtLeast("uwbHz", uwbHz, 0);
        UwbRadioSettings.requireAtLeast("bleHz", bleHz, 0);
        if (uwbHz > 0 && !kind.hasUwb() || bleHz > 0 && !kind.hasBle()) {
            throw new IllegalArgumentException("group '" + idPrefix + "': a " + kind + " has "
                    + (kind.hasUwb() ? "no BLE" : "no UWB") + " radio, so its rate must be 0");
        }
        UwbRadioSettings.requireAtLeast("minDwellSeconds", minDwellSeconds, 0);
        UwbRadioSettings.requireAtLeast("maxDwellSeconds", maxDwellSeconds, minDwellSeconds);
        UwbRadioSettings.requireAtLeast("delaySeconds", delaySeconds, 0);
    }

    /** The id of the group's {@code index}-th tag, from 0. */
    public String tagId(int index) {
        return idPrefix + String.format("%03d", index + 1);
    }
}
