package io.sextant.sim;

import java.util.Arrays;

/**
 * What a simulated tag is, which radios it has and at what height it is worn or mounted.
 *
 * @param wireName the name in scenario files
 * @param hasUwb whether it ranges with UWB anchors
 * @param hasBle whether it advertises over BLE
 * @param heightMetres height above the floor: a badge at the chest, a band at the wrist of a patient in bed
 */
public enum TagKind {
    EQUIPMENT("equipment", true, false, 1.0),
    STAFF_BADGE("staff-badge", true, true, 1.3),
    PATIENT_BAND("patient-band", false, true, 0.8),
    INFANT_TAG("infant-tag", true, true, 1.0);

    private final String wireName;
    private final boolean hasUwb;
    private final boolean hasBle;
    private final double heightMetres;

    TagKind(String wireName, boolean hasUwb, boolean hasBle, double heightMetres) {
        this.wireName = wireName;
        this.hasUwb = hasUwb;
        this.hasBle = hasBle;
        this.heightMetres = heightMetres;
    }

    public boolean hasUwb() {
        return hasUwb;
    }

    public boolean hasBle() {
        return hasBle;
    }

    public double heightMetres() {
        return heightMetres;
    }

    /** @throws IllegalArgumentException naming the accepted names */
    public static TagKind fromWireName(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tag kind '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(k -> k.wireName).toList()));
    }
}
