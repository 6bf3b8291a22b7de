package io.sextant.geometry;

/** What a zone is used for; drives rules (restricted areas, exits) and routing (stairs and lifts link floors). */
public enum ZoneKind {
    ROOM, BAY, WARD, CORRIDOR, STORAGE, CLEAN_UTILITY, DIRTY_UTILITY, NURSE_STATION, EXIT, STAIRS, LIFT, RESTRICTED,
    OUTDOOR;

    /** Whether zones of this kind link floors through a vertical-connector id. */
    public boolean isVerticalConnector() {
        return this == STAIRS || this == LIFT;
    }
}
