package io.sextant.sim;

import java.util.Arrays;

/** Something a tag reports besides readings, or stops doing. */
public enum TagEventType {
    /** The wearer pressed the duress (help) button. */
    DURESS("duress"),
    /** The tag was removed from its wearer or mount, or opened. */
    TAMPER("tamper"),
    LOW_BATTERY("low-battery"),
    /** The tag stops transmitting from then on (flat battery, shielded, destroyed); never reported. */
    SILENT("silent");

    private final String wireName;

    TagEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name in scenario files and status messages. */
    public String wireName() {
        return wireName;
    }

    public static TagEventType fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown event '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(t -> t.wireName).toList()));
    }
}
