package io.sextant.ingest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.sextant.model.BleRssi;
import io.sextant.model.BleScan;
import io.sextant.model.Reading;
import io.sextant.model.UwbRange;
import io.sextant.model.UwbTdoa;

/**
 * Reads and writes reading objects (docs/readings.md). Decoding never throws on bad input: it
 * says what is wrong, so that one bad reading is rejected with its reason while the rest of its
 * batch goes on. Stateless and thread-safe.
 */
public final class ReadingCodec {

    /**
     * A decoded reading, or why it was rejected: a short reason code for metrics and dead letters
     * ({@code malformed-reading}, {@code unknown-type}, {@code invalid-id}, {@code invalid-time},
     * {@code out-of-range}) and a message naming the field. Exactly one of reading and error is set.
     */
    public record Decoded(Reading reading, String reason, String error) {
        static Decoded ok(Reading reading) {
            return new Decoded(reading, null, null);
        }

        static Decoded rejected(String reason, String error) {
            return new Decoded(null, reason, error);
        }

        public boolean isOk() {
            return reading != null;
        }
    }

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReadingCodec() {
    }

    /** Why a reading is refused: a reason code and a message. */
    private static final class Refusal extends IllegalArgumentException {
        final String reason;

        Refusal(String reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    public static Decoded decode(JsonNode node) {
        if (node == null || !node.isObject()) {
            return Decoded.rejected("malformed-reading", "reading is not a JSON object");
        }
        try {
            String type = node.path("type").asText("");
            String tag = id(node, "tag");
            Instant time = time(node);
            return Decoded.ok(switch (type) {
                case "uwb-range" -> new UwbRange(tag, id(node, "anchor"), number(node, "range_m", 0, 300),
                        optional(node, "quality", 0, 1), optional(node, "fp_power_dbm", -130, 0), time);
                case "uwb-tdoa" -> new UwbTdoa(tag, wholeNumber(node, "seq"), id(node, "anchor"), wholeNumber(node, "arrival_ps"), time);
                case "ble-rssi" -> new BleRssi(tag, id(node, "receiver"), number(node, "rssi_dbm", -127, 0),
                        optional(node, "tx_power_dbm", -127, 20), time);
                case "ble-scan" -> new BleScan(tag, id(node, "beacon"), number(node, "rssi_dbm", -127, 0), time);
                case "" -> throw new Refusal("malformed-reading", "type is missing");
                default -> throw new Refusal("unknown-type", "unknown type '" + abbreviate(type) + "'");
            });
        } catch (Refusal e) {
            return Decoded.rejected(e.reason, e.getMessage());
        }
    }

    public static ObjectNode encode(Reading reading) {
        ObjectNode node = NODES.objectNode();
        if (reading instanceof UwbRange r) {
            node.put("type", "uwb-range").put("tag", r.tagId()).put("anchor", r.anchorId()).put("range_m", r.rangeMetres());
            putIfPresent(node, "quality", r.quality());
            putIfPresent(node, "fp_power_dbm", r.firstPathPowerDbm());
        } else if (reading instanceof UwbTdoa t) {
            node.put("type", "uwb-tdoa").put("tag", t.tagId()).put("seq", t.blinkSequence()).put("anchor", t.anchorId())
                    .put("arrival_ps", t.arrivalPicos());
        } else if (reading instanceof BleRssi b) {
            node.put("type", "ble-rssi").put("tag", b.tagId()).put("receiver", b.receiverId()).put("rssi_dbm", b.rssiDbm());
            putIfPresent(node, "tx_power_dbm", b.txPowerDbm());
        } else if (reading instanceof BleScan s) {
            node.put("type", "ble-scan").put("tag", s.tagId()).put("beacon", s.beaconId()).put("rssi_dbm", s.rssiDbm());
        }
        node.put("time", reading.time().toString());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, double value) {
        if (!Double.isNaN(value)) {
            node.put(field, value);
        }
    }

    private static String id(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new Refusal("malformed-reading", field + " is missing or not a string");
        }
        if (!ID.matcher(value.asText()).matches()) {
            throw new Refusal("invalid-id", field + " '" + abbreviate(value.asText()) + "' is not 1-64 of A-Z a-z 0-9 . _ : -");
        }
        return value.asText();
    }

    private static Instant time(JsonNode node) {
        JsonNode value = node.get("time");
        if (value == null) {
            throw new Refusal("malformed-reading", "time is missing");
        }
        if (value.isIntegralNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        if (value.isTextual()) {
            try {
                return Instant.parse(value.asText());
            } catch (DateTimeParseException e) {
                throw new Refusal("invalid-time", "time '" + abbreviate(value.asText()) + "' is not an RFC 3339 UTC timestamp");
            }
        }
        throw new Refusal("invalid-time", "time must be an RFC 3339 string or epoch milliseconds");
    }

    private static double number(JsonNode node, String field, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new Refusal("malformed-reading", field + " is missing or not a number");
        }
        return inRange(field, value.asDouble(), min, max);
    }

    private static double optional(JsonNode node, String field, double min, double max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new Refusal("malformed-reading", field + " is not a number");
        }
        return inRange(field, value.asDouble(), min, max);
    }

    private static double inRange(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new Refusal("out-of-range", field + " " + value + " is outside " + min + ".." + max);
        }
        return value;
    }

    private static long wholeNumber(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
            throw new Refusal("malformed-reading", field + " must be a non-negative integer");
        }
        return value.asLong();
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
