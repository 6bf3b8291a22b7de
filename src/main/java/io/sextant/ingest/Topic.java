package io.sextant.ingest;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed inbound topic of Sextant's MQTT contract:
 * {@code sextant/v1/{site}/gateways/{gatewayId}/{kind}}. Site and gateway ids are 1-64
 * characters of letters, digits, {@code -}, {@code _} and {@code .}.
 */
public record Topic(String site, String gatewayId, String kind) {

    /** The message kinds a gateway may publish. */
    public static final Set<String> KINDS = Set.of("readings", "status");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /**
     * Parses {@code topic}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static Topic parse(String topic) {
        String[] levels = topic.split("/", -1);
        if (levels.length != 6 || !"sextant".equals(levels[0]) || !"gateways".equals(levels[3])) {
            throw new IllegalArgumentException("topic '" + topic + "' is not sextant/v1/{site}/gateways/{gatewayId}/{kind}");
        }
        if (!"v1".equals(levels[1])) {
            throw new IllegalArgumentException("topic '" + topic + "' has unsupported contract version '" + levels[1] + "'");
        }
        if (!ID.matcher(levels[2]).matches() || !ID.matcher(levels[4]).matches()) {
            throw new IllegalArgumentException("topic '" + topic + "' has an invalid site or gateway id");
        }
        if (!KINDS.contains(levels[5])) {
            throw new IllegalArgumentException("topic '" + topic + "' has unknown kind '" + levels[5] + "' (expected one of "
                    + KINDS + ")");
        }
        return new Topic(levels[2], levels[4], levels[5]);
    }
}
