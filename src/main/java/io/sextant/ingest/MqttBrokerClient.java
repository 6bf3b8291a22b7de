package io.sextant.ingest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.sextant.app.SextantConfig;
import io.vertx.core.Vertx;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;
import io.vertx.mqtt.messages.MqttPublishMessage;

/**
 * Client mode: Sextant subscribes to an external MQTT broker (Mosquitto, EMQX, HiveMQ, ...) at
 * QoS 1 with a persistent session, and hands every message to the {@link IngestEntryPoint}.
 * Messages are acknowledged to the broker only once the entry point has taken them, so a message
 * in flight when Sextant stops is redelivered. Reconnects on its own after the connection drops;
 * readiness reports DOWN while disconnected.
 */
@ApplicationScoped
public class MqttBrokerClient {

    static final String TRANSPORT = "mqtt-broker";
    private static final Logger LOG = Logger.getLogger(MqttBrokerClient.class);

    private final Vertx vertx;
    private final SextantConfig.Client config;
    private final IngestEntryPoint entryPoint;
    private volatile MqttClient client;
    private volatile boolean subscribed;
    private volatile boolean stopping;

    MqttBrokerClient(Vertx vertx, SextantConfig config, IngestEntryPoint entryPoint) {
        this.vertx = vertx;
        this.config = config.mqtt().client();
        this.entryPoint = entryPoint;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        MqttClientOptions options = new MqttClientOptions()
                .setClientId(config.clientId())
                .setCleanSession(!config.persistentSession())
                .setMaxInflightQueue(config.maxInflight())
                .setAutoKeepAlive(true);
        options.setAutoAck(false);
        config.username().ifPresent(options::setUsername);
        config.password().ifPresent(options::setPassword);
        if (config.tls()) {
            options.setSsl(true).setHostnameVerificationAlgorithm("HTTPS");
            config.tlsCaFile().ifPresent(ca -> options.setTrustOptions(new PemTrustOptions().addCertPath(ca.toString())));
        }
        client = MqttClient.create(vertx, options)
                .publishHandler(this::onPublish)
                .closeHandler(v -> onConnectionLost());
        connect();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        MqttClient running = client;
        if (running != null && running.isConnected()) {
            running.disconnect();
        }
    }

    /** Connected to the broker with every configured subscription in place. */
    public boolean isReady() {
        MqttClient running = client;
        return running != null && running.isConnected() && subscribed;
    }

    public boolean isEnabled() {
        return config.enabled();
    }

    public String brokerAddress() {
        return config.host() + ":" + config.port();
    }

    private void connect() {
        client.connect(config.port(), config.host()).onSuccess(connack -> {
            LOG.infof("Connected to MQTT broker %s as %s (session present: %s)", brokerAddress(), config.clientId(),
                    connack.isSessionPresent());
            Map<String, Integer> topics = new LinkedHashMap<>();
            config.topics().forEach(topic -> topics.put(topic, 1));
            client.subscribe(topics).onSuccess(id -> subscribed = true)
                    .onFailure(e -> LOG.errorf("Subscribing to %s at %s failed: %s", topics.keySet(), brokerAddress(), e.getMessage()));
        }).onFailure(e -> {
            LOG.warnf("Cannot connect to MQTT broker %s: %s; retrying in %s", brokerAddress(), e.getMessage(),
                    config.reconnectDelay());
            scheduleReconnect();
        });
    }

    private void onConnectionLost() {
        subscribed = false;
        if (!stopping) {
            LOG.warnf("Connection to MQTT broker %s lost; reconnecting", brokerAddress());
            scheduleReconnect();
        }
    }

    private void scheduleReconnect() {
        if (!stopping) {
            vertx.setTimer(Math.max(1, config.reconnectDelay().toMillis()), id -> connect());
        }
    }

    private void onPublish(MqttPublishMessage message) {
        InboundMessage inbound = new InboundMessage(TRANSPORT, config.clientId(), message.topicName(),
                message.payload().getBytes(), message.qosLevel().value(), Instant.now());
        entryPoint.accept(inbound).whenComplete((outcome, failure) -> {
            if (failure == null) {
                message.ack();
            } else {
                LOG.errorf(failure, "Ingest failed for a message on %s; the broker will redeliver it", message.topicName());
            }
        });
    }
}
