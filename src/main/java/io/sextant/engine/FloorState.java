package io.sextant.engine;

/**
 * Which floor a tag is on, and the evidence gathering for another.
 *
 * @param floorId the floor the tag is on
 * @param candidateId the other floor the readings point to, or null
 * @param candidateCount consecutive epochs pointing to {@code candidateId}
 */
public record FloorState(String floorId, String candidateId, int candidateCount) {

    public static FloorState on(String floorId) {
        return new FloorState(floorId, null, 0);
    }
}
