package io.sextant.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.sextant.ingest.MqttBrokerClient;
import io.sextant.ingest.MqttListener;
import io.sextant.security.Roles;
import io.sextant.store.StorageInfo;

/** What this Sextant node runs on: for administrators checking an installation. */
@Path("/api/v1/system")
@Tag(name = "System")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class SystemResource {

    private final StorageInfo storage;
    private final MqttListener listener;
    private final MqttBrokerClient brokerClient;
    private final String version;

    SystemResource(StorageInfo storage, MqttListener listener, MqttBrokerClient brokerClient,
            @ConfigProperty(name = "quarkus.application.version") String version) {
        this.storage = storage;
        this.listener = listener;
        this.brokerClient = brokerClient;
        this.version = version;
    }

    public record SystemInfo(String version, Storage storage, Mqtt mqtt) {
    }

    public record Storage(String dialect, String postgresql, String timescaledb) {
    }

    public record Mqtt(boolean listening, Integer listenerPort, int connectedClients, boolean brokerClientEnabled,
            boolean brokerClientReady) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Node status", description = "Version, storage dialect and MQTT state of this node.")
    public SystemInfo info() {
        return new SystemInfo(version,
                new Storage(storage.dialect().id(), storage.serverVersion(), storage.timescaleVersion().orElse(null)),
                new Mqtt(listener.isListening(), listener.isListening() ? listener.port() : null,
                        listener.connectedClients(), brokerClient.isEnabled(), brokerClient.isReady()));
    }
}
