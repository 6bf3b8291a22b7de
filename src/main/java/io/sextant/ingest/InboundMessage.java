package io.sextant.ingest;

import java.time.Instant;

/**
 * One message as a transport received it, before any decoding: the envelope every transport
 * (MQTT listener, broker client, HTTP) hands to the {@link IngestEntryPoint}.
 *
 * @param transport where it came from: {@code mqtt-listener}, {@code mqtt-broker} or {@code http}
 * @param sender the MQTT client id or HTTP principal that sent it
 * @param qos the MQTT quality of service (0, 1, 2); 1 for HTTP, which is acknowledged by the response
 */
public record InboundMessage(String transport, String sender, String topic, byte[] payload, int qos,
        Instant receivedAt) {
}
