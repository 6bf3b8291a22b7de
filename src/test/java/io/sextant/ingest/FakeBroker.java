package io.sextant.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttEndpoint;
import io.vertx.mqtt.MqttServer;
import io.vertx.mqtt.MqttTopicSubscription;

/**
 * A minimal MQTT broker stand-in for client-mode tests: records how Sextant connects and what it
 * subscribes to, and lets a test deliver a message to it and wait for the PUBACK.
 */
public class FakeBroker implements QuarkusTestResourceLifecycleManager {

    static final CompletableFuture<MqttEndpoint> CONNECTED = new CompletableFuture<>();
    static final List<MqttTopicSubscription> SUBSCRIPTIONS = new CopyOnWriteArrayList<>();
    static final List<Integer> ACKNOWLEDGED = new CopyOnWriteArrayList<>();

    private Vertx vertx;
    private MqttServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        server = MqttServer.create(vertx).endpointHandler(endpoint -> {
            endpoint.subscribeHandler(subscribe -> {
                SUBSCRIPTIONS.addAll(subscribe.topicSubscriptions());
                endpoint.subscribeAcknowledge(subscribe.messageId(),
                        subscribe.topicSubscriptions().stream().map(MqttTopicSubscription::qualityOfService).toList());
            });
            endpoint.publishAcknowledgeHandler(ACKNOWLEDGED::add);
            endpoint.accept(false);
            CONNECTED.complete(endpoint);
        });
        int port;
        try {
            port = server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("fake broker did not start", e);
        }
        return Map.of(
                "sextant.mqtt.client.enabled", "true",
                "sextant.mqtt.client.host", "localhost",
                "sextant.mqtt.client.port", String.valueOf(port),
                "sextant.mqtt.client.client-id", "sextant-test-node",
                "sextant.mqtt.client.reconnect-delay", "200ms");
    }

    /** Delivers a QoS 1 message to the connected Sextant client and returns its packet id. */
    static int deliver(MqttEndpoint endpoint, String topic, String payload) throws Exception {
        return endpoint.publish(topic, Buffer.buffer(payload), MqttQoS.AT_LEAST_ONCE, false, false)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
        if (vertx != null) {
            vertx.close();
        }
    }
}
