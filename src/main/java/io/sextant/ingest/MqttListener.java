package io.sextant.ingest;

import java.net.BindException;
import java.time.Instant;
import java.util.Collections;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.sextant.app.SextantConfig;
import io.sextant.app.StartupException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mqtt.MqttEndpoint;
import io.vertx.mqtt.MqttServer;
import io.vertx.mqtt.MqttServerOptions;
import io.vertx.mqtt.messages.MqttPublishMessage;

/**
 * Sextant's own MQTT listener (MQTT 3.1.1 and 5), on Quarkus's Vert.x. Gateways publish readings
 * to it; each publish goes to the {@link IngestEntryPoint}, and a QoS 1 or 2 publish is
 * acknowledged only once the entry point has taken it. It is not a general broker: it does not
 * relay messages between clients, so subscriptions are refused.
 */
@ApplicationScoped
public class MqttListener {

    static final String TRANSPORT = "mqtt-listener";
    private static final Logger LOG = Logger.getLogger(MqttListener.class);
    private static final long BIND_TIMEOUT_SECONDS = 30;

    private final Vertx vertx;
    private final SextantConfig.Mqtt config;
    private final IngestEntryPoint entryPoint;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile MqttServer server;

    MqttListener(Vertx vertx, SextantConfig config, IngestEntryPoint entryPoint, MeterRegistry registry) {
        this.vertx = vertx;
        this.config = config.mqtt();
        this.entryPoint = entryPoint;
        Gauge.builder("sextant.mqtt.listener.connections", connections, AtomicInteger::get)
                .description("MQTT clients connected to Sextant's listener").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        MqttServerOptions options = new MqttServerOptions()
                .setHost(config.host())
                .setPort(config.port())
                .setMaxMessageSize(config.maxMessageSizeBytes());
        MqttServer candidate = MqttServer.create(vertx, options)
                .endpointHandler(this::onConnect)
                .exceptionHandler(e -> LOG.warnf("MQTT listener: %s", e.getMessage()));
        try {
            candidate.listen().toCompletionStage().toCompletableFuture().get(BIND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BindException) {
                throw new StartupException("MQTT port " + config.port() + " on " + config.host()
                        + " is already in use; stop the other process or set sextant.mqtt.port");
            }
            throw new StartupException("MQTT listener cannot start on " + config.host() + ":" + config.port()
                    + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new StartupException("MQTT listener did not bind to port " + config.port() + " within "
                    + BIND_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while starting the MQTT listener");
        }
        server = candidate;
        LOG.infof("MQTT listener on %s:%d", config.host(), candidate.actualPort());
    }

    /** Early at shutdown, so no message is taken that the engine and the writers would not finish. */
    void stop(@Observes @jakarta.annotation.Priority(2) ShutdownEvent event) {
        MqttServer running = server;
        server = null;
        if (running != null) {
            running.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    /** True while the listener accepts connections. */
    public boolean isListening() {
        return server != null;
    }

    /** The bound port (useful when configured as 0), or -1 when not listening. */
    public int port() {
        MqttServer running = server;
        return running == null ? -1 : running.actualPort();
    }

    public int connectedClients() {
        return connections.get();
    }

    private void onConnect(MqttEndpoint endpoint) {
        String clientId = endpoint.clientIdentifier();
        Context context = vertx.getOrCreateContext();
        endpoint.publishHandler(message -> onPublish(endpoint, context, message));
        endpoint.publishReleaseHandler(endpoint::publishComplete);
        endpoint.subscribeHandler(subscribe -> endpoint.subscribeAcknowledge(subscribe.messageId(),
                Collections.nCopies(subscribe.topicSubscriptions().size(), MqttQoS.FAILURE)));
        endpoint.unsubscribeHandler(unsubscribe -> endpoint.unsubscribeAcknowledge(unsubscribe.messageId()));
        endpoint.closeHandler(v -> {
            connections.decrementAndGet();
            LOG.debugf("MQTT client %s disconnected", clientId);
        });
        endpoint.exceptionHandler(e -> LOG.debugf("MQTT client %s: %s", clientId, e.getMessage()));
        endpoint.accept(false);
        connections.incrementAndGet();
        LOG.debugf("MQTT client %s connected from %s", clientId, endpoint.remoteAddress());
    }

    private void onPublish(MqttEndpoint endpoint, Context context, MqttPublishMessage message) {
        InboundMessage inbound = new InboundMessage(TRANSPORT, endpoint.clientIdentifier(), message.topicName(),
                message.payload().getBytes(), message.qosLevel().value(), Instant.now());
        entryPoint.accept(inbound).whenComplete((outcome, failure) -> context.runOnContext(v -> {
            if (failure != null) {
                // Not acknowledged: the client keeps the message and sends it again.
                LOG.errorf(failure, "Ingest failed for a message from %s", endpoint.clientIdentifier());
                return;
            }
            if (!endpoint.isConnected()) {
                return;
            }
            switch (message.qosLevel()) {
                case AT_LEAST_ONCE -> endpoint.publishAcknowledge(message.messageId());
                case EXACTLY_ONCE -> endpoint.publishReceived(message.messageId());
                default -> { }
            }
        }));
    }
}
