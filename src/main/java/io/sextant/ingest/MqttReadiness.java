package io.sextant.ingest;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.sextant.app.SextantConfig;

/** Ready when every configured MQTT side is up: the listener bound, the broker client subscribed. */
@Readiness
@ApplicationScoped
public class MqttReadiness implements HealthCheck {

    private final SextantConfig.Mqtt config;
    private final MqttListener listener;
    private final MqttBrokerClient brokerClient;

    MqttReadiness(SextantConfig config, MqttListener listener, MqttBrokerClient brokerClient) {
        this.config = config.mqtt();
        this.listener = listener;
        this.brokerClient = brokerClient;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mqtt");
        boolean up = true;
        if (config.enabled()) {
            up = listener.isListening();
            response.withData("listener", up ? "listening on port " + listener.port() : "not listening");
            response.withData("clients", listener.connectedClients());
        }
        if (brokerClient.isEnabled()) {
            boolean ready = brokerClient.isReady();
            up &= ready;
            response.withData("broker", brokerClient.brokerAddress() + (ready ? " subscribed" : " disconnected"));
        }
        if (!config.enabled() && !brokerClient.isEnabled()) {
            response.withData("warning", "neither the MQTT listener nor the broker client is enabled");
        }
        return response.status(up).build();
    }
}
