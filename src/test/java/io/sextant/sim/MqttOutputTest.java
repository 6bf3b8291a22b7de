package io.sextant.sim;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Vertx;
import io.vertx.mqtt.MqttServer;

import io.sextant.model.Reading;
import io.sextant.model.UwbRange;

class MqttOutputTest {

    private record Received(String topic, String payload, MqttQoS qos) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private Vertx vertx;
    private int port;

    @BeforeEach
    void startBroker() throws Exception {
        vertx = Vertx.vertx();
        MqttServer server = MqttServer.create(vertx).endpointHandler(endpoint -> {
            endpoint.publishHandler(message -> {
                received.add(new Received(message.topicName(), message.payload().toString(),
                        message.qosLevel()));
                if (message.qosLevel() == MqttQoS.AT_LEAST_ONCE) {
                    endpoint.publishAcknowledge(message.messageId());
                }
            });
            endpoint.accept(false);
        });
        port = server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                .actualPort();
    }

    @AfterEach
    void stopBroker() {
        vertx.close();
    }

    @Test
    void everyBatchAndStatusArrivesAtQos1AndIsAcknowledged() {
        Scenario scenario = ScenarioFile.read(SimulatorFixture.SMALL_SCENARIO);
        RecordingOutput expected = new RecordingOutput();
        MqttOutput mqtt = new MqttOutput(SimulatorFixture.SITE.id(), MqttSettings.of("tcp://localhost:" + port, 1));
        SimulationSummary summary = SimulatorFixture.simulator(scenario).run(List.of(mqtt, expected), false);
        mqtt.close();

        long messages = summary.batches() + summary.statusMessages();
        assertTrue(messages > MqttOutput.MAX_IN_FLIGHT, "enough messages to fill the in-flight window");
        assertEquals(messages, mqtt.published());
        assertEquals(messages, mqtt.acknowledged());
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == messages);
        List<String> batchPayloads = received.stream().filter(r -> r.topic().endsWith("/readings"))
                .map(Received::payload).toList();
        assertEquals(expected.batches.stream().map(RecordingOutput.Message::json).toList(), batchPayloads);
        assertTrue(received.stream().allMatch(r -> r.qos() == MqttQoS.AT_LEAST_ONCE
                && r.topic().matches("sextant/v1/general/gateways/gw-main-[0-2]/(readings|status)")));
        assertEquals(2, received.stream().filter(r -> r.topic().endsWith("/status")).count());
    }

    @Test
    void publishingNeverOutrunsTheMaximumRate() {
        MqttOutput mqtt = new MqttOutput("general",
                MqttSettings.of("tcp://localhost:" + port, 0).withMaxMessagesPerSecond(100));
        List<Reading> batch = List.of(new UwbRange("t-1", "uwb-1-01", 3.2, Instant.EPOCH));
        long startNanos = System.nanoTime();
        for (int i = 0; i < 21; i++) {
            mqtt.readings("gw-main-1", Instant.EPOCH, batch);
        }
        // 21 messages 10 ms apart span at least 200 ms however fast the caller is
        assertTrue(System.nanoTime() - startNanos >= TimeUnit.MILLISECONDS.toNanos(200));
        mqtt.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 21);
    }
}
