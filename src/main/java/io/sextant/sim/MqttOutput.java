package io.sextant.sim;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import io.netty.handler.codec.mqtt.MqttQoS;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.mqtt.MqttClient;
import io.vertx.mqtt.MqttClientOptions;

import io.sextant.model.Reading;

/**
 * Publishes batches and status messages to an MQTT 3.1.1 broker, on
 * {@code sextant/v1/{site}/gateways/{gatewayId}/readings} and {@code .../status}. Ground truth is not published.
 * <p>
 * Runs its own Vert.x instance; every client call is made on one Vert.x context, so publishes keep their order.
 * At QoS 1 at most {@link #MAX_IN_FLIGHT} messages await their PUBACK: the caller blocks for a free slot rather
 * than overflow the client's in-flight queue, and {@link #close()} waits for every PUBACK. Called from one thread.
 */
public final class MqttOutput implements SimulationOutput {

    /** Unacknowledged QoS 1 messages allowed; the client's default of 10 stalls a busy simulator. */
    static final int MAX_IN_FLIGHT = 1000;
    private static final long CONNECT_TIMEOUT_SECONDS = 10, ACK_TIMEOUT_SECONDS = 30;

    private final String siteId;
    private final MqttSettings settings;
    private final Vertx vertx = Vertx.vertx();
    private final Context context = vertx.getOrCreateContext();
    private final MqttClient client;
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final AtomicLong published = new AtomicLong(), acknowledged = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private long nextSendNanos = System.nanoTime();

    /** Connects, or throws naming the broker and why not. */
    public MqttOutput(String siteId, MqttSettings settings) {
        this.siteId = siteId;
        this.settings = settings;
        MqttClientOptions options = new MqttClientOptions().setClientId(settings.clientId())
                .setMaxInflightQueue(MAX_IN_FLIGHT).setAutoKeepAlive(true).setCleanSession(true);
        settings.username().ifPresent(options::setUsername);
        settings.password().ifPresent(options::setPassword);
        client = MqttClient.create(vertx, options);
        client.publishCompletionHandler(id -> {
            acknowledged.incrementAndGet();
            inFlight.release();
        });
        try {
            onContext(() -> client.connect(settings.port(), settings.host())).get(CONNECT_TIMEOUT_SECONDS,
                    TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            vertx.close();
            throw new IllegalStateException("Cannot connect to MQTT broker " + settings.host() + ":" + settings.port()
                    + ": " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vertx.close();
            throw new IllegalStateException("interrupted while connecting to the MQTT broker", e);
        }
    }

    @Override
    public void readings(String gatewayId, Instant sentAt, List<Reading> batch) {
        publish(topic(gatewayId, "readings"), WireFormat.batch(gatewayId, batch));
    }

    @Override
    public void status(String gatewayId, Instant sentAt, List<StatusEvent> events) {
        publish(topic(gatewayId, "status"), WireFormat.status(gatewayId, events));
    }

    @Override
    public void truth(String tagId, WalkSample sample) {
        // ground truth is for scoring, not for Sextant to see
    }

    /** Messages handed to the client so far. */
    public long published() {
        return published.get();
    }

    /** QoS 1 messages the broker acknowledged so far. */
    public long acknowledged() {
        return acknowledged.get();
    }

    /**
     * Waits for every PUBACK (QoS 1), then disconnects. Interrupted (a run stopped early), it
     * skips the wait but still disconnects cleanly before closing its Vert.x.
     */
    @Override
    public void close() {
        boolean interrupted = Thread.interrupted();
        try {
            if (!interrupted && !inFlight.tryAcquire(MAX_IN_FLIGHT, ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException((MAX_IN_FLIGHT - inFlight.availablePermits())
                        + " messages still unacknowledged by the broker after " + ACK_TIMEOUT_SECONDS + " s");
            }
            onContext(client::disconnect).get(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot disconnect from the MQTT broker: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            vertx.close();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Publishing failed: " + failure.get().getMessage(), failure.get());
        }
    }

    private void publish(String topic, String payload) {
        pace();
        MqttQoS qos = MqttQoS.valueOf(settings.qos());
        if (qos == MqttQoS.AT_LEAST_ONCE) {
            inFlight.acquireUninterruptibly();
        }
        published.incrementAndGet();
        context.runOnContext(v -> {
            if (!client.isConnected()) {
                fail(new IllegalStateException("not connected to the broker"), qos);
                return;
            }
            client.publish(topic, Buffer.buffer(payload), qos, false, false).onFailure(e -> fail(e, qos));
        });
    }

    private void fail(Throwable e, MqttQoS qos) {
        failure.compareAndSet(null, e);
        if (qos == MqttQoS.AT_LEAST_ONCE) {
            inFlight.release();
        }
    }

    /** Spaces messages evenly at the maximum rate, so a burst of batches does not flood the broker. */
    private void pace() {
        if (settings.maxMessagesPerSecond() <= 0) {
            return;
        }
        for (long left = nextSendNanos - System.nanoTime(); left > 0; left = nextSendNanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        nextSendNanos = Math.max(nextSendNanos, System.nanoTime())
                + Math.round(1e9 / settings.maxMessagesPerSecond());
    }

    private String topic(String gatewayId, String kind) {
        return "sextant/v1/" + siteId + "/gateways/" + gatewayId + "/" + kind;
    }

    private <T> CompletableFuture<T> onContext(Supplier<Future<T>> call) {
        CompletableFuture<T> result = new CompletableFuture<>();
        context.runOnContext(v -> call.get().onComplete(r -> {
            if (r.succeeded()) {
                result.complete(r.result());
            } else {
                result.completeExceptionally(r.cause());
            }
        }));
        return result;
    }
}
