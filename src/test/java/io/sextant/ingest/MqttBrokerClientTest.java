package io.sextant.ingest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mqtt.MqttEndpoint;

/** Client mode against a broker: persistent session, QoS 1 subscriptions, ack after ingest. */
@QuarkusTest
@TestProfile(MqttBrokerClientTest.WithBroker.class)
class MqttBrokerClientTest {

    public static class WithBroker implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeBroker.class));
        }
    }

    @Inject
    MqttBrokerClient client;

    @Inject
    MeterRegistry registry;

    @Test
    void connectsWithAPersistentSessionAndSubscribesAtQos1() throws Exception {
        MqttEndpoint endpoint = FakeBroker.CONNECTED.get(10, TimeUnit.SECONDS);
        assertEquals("sextant-test-node", endpoint.clientIdentifier());
        assertFalse(endpoint.isCleanSession(), "persistent session requested");
        await().atMost(Duration.ofSeconds(10)).until(client::isReady);
        assertEquals("sextant/v1/+/gateways/+/+", FakeBroker.SUBSCRIPTIONS.get(0).topicName());
        assertEquals(MqttQoS.AT_LEAST_ONCE, FakeBroker.SUBSCRIPTIONS.get(0).qualityOfService());
    }

    @Test
    void acknowledgesAMessageOnceTheEntryPointTookIt() throws Exception {
        MqttEndpoint endpoint = FakeBroker.CONNECTED.get(10, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).until(client::isReady);
        double before = received();

        int packetId = FakeBroker.deliver(endpoint, "sextant/v1/general/gateways/gw-07/readings", "{\"readings\":[]}");

        await().atMost(Duration.ofSeconds(10)).until(() -> FakeBroker.ACKNOWLEDGED.contains(packetId));
        assertEquals(before + 1, received());
        assertTrue(client.isReady());
    }

    private double received() {
        Counter counter = registry.find("sextant.ingest.messages").tags("transport", "mqtt-broker", "kind", "readings").counter();
        return counter == null ? 0 : counter.count();
    }
}
