package io.sextant.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;

/** A real MQTT client publishes to Sextant's listener; the message reaches the ingest entry point. */
@QuarkusTest
class MqttListenerTest {

    @Inject
    Vertx vertx;

    @Inject
    MqttListener listener;

    @Inject
    MeterRegistry registry;

    private MqttClient client;

    @BeforeEach
    void connect() throws Exception {
        MqttClientOptions options = new MqttClientOptions().setClientId("test-gateway").setMaxInflightQueue(1000);
        client = MqttClient.create(vertx, options);
        client.connect(listener.port(), "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void disconnect() {
        if (client.isConnected()) {
            client.disconnect();
        }
    }

    @Test
    void qos1PublishIsAcknowledgedAfterTheEntryPointTookIt() throws Exception {
        double before = count("sextant.ingest.messages", "transport", "mqtt-listener", "kind", "readings");
        CompletableFuture<Integer> acked = new CompletableFuture<>();
        client.publishCompletionHandler(acked::complete);

        client.publish("sextant/v1/general/gateways/gw-01/readings", Buffer.buffer("{\"readings\":[]}"),
                MqttQoS.AT_LEAST_ONCE, false, false);

        int packetId = acked.get(10, TimeUnit.SECONDS);
        assertTrue(packetId > 0, "PUBACK for packet " + packetId);
        assertEquals(before + 1, count("sextant.ingest.messages", "transport", "mqtt-listener", "kind", "readings"));
    }

    @Test
    void publishOutsideTheContractIsRefusedAndCounted() {
        double before = count("sextant.ingest.refused", "transport", "mqtt-listener", "reason", "unknown-topic");
        client.publish("some/other/topic", Buffer.buffer("x"), MqttQoS.AT_LEAST_ONCE, false, false);
        await().atMost(Duration.ofSeconds(10)).until(
                () -> count("sextant.ingest.refused", "transport", "mqtt-listener", "reason", "unknown-topic") == before + 1);
        assertTrue(client.isConnected(), "a bad message does not cost the gateway its connection");
    }

    @Test
    void subscriptionsAreRefused() throws Exception {
        CompletableFuture<java.util.List<Integer>> granted = new CompletableFuture<>();
        client.subscribeCompletionHandler(ack -> granted.complete(ack.grantedQoSLevels()));
        client.subscribe("sextant/#", 1);
        assertEquals(java.util.List.of(MqttQoS.FAILURE.value()), granted.get(10, TimeUnit.SECONDS));
    }

    private double count(String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
