package io.sextant.engine;

/**
 * Where {@link RoomLocator} has a tag, kept between updates. Immutable.
 *
 * @param placeId the room's zone id, {@link RoomModel#CORRIDOR_ID} for none of the rooms, empty before the first
 *        update with evidence
 * @param zoneId the zone of the fix: the room, or in the corridor the innermost zone at the most probable point
 * @param probability the current place's probability at the latest update (it may trail a challenger's)
 * @param x fix, metres east: the room's interior point, or in the corridor the most probable point
 * @param y fix, metres north
 * @param accuracyMetres radius around (x, y) holding the tag with 95 % probability (for a room, 95 % of its area)
 * @param challengerId a place more probable than the current one by the margin, waiting out the dwell; empty if none
 * @param challengerSinceMillis since when the challenger has led, epoch milliseconds
 */
public record RoomState(String placeId, String zoneId, double probability, double x, double y,
        double accuracyMetres, String challengerId, long challengerSinceMillis) {

    /** A tag not yet placed. */
    public static final RoomState UNKNOWN = new RoomState("", "", 0, 0, 0, 0, "", 0);

    public boolean isLocated() {
        return !placeId.isEmpty();
    }

    /** Whether the tag is in a room with a device (rather than in the corridor or unknown). */
    public boolean inRoom() {
        return isLocated() && !placeId.equals(RoomModel.CORRIDOR_ID);
    }
}
