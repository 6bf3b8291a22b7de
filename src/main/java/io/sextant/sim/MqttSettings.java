package io.sextant.sim;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link MqttOutput} reaches its broker. Immutable, thread-safe.
 *
 * @param host broker host
 * @param port broker port
 * @param qos 0 (at most once) or 1 (at least once, acknowledged)
 * @param username the client's user name, if the broker wants one
 * @param password the client's password, if the broker wants one
 * @param maxMessagesPerSecond publishing never goes faster than this; 0 for no limit
 * @param clientId the MQTT client id
 */
public record MqttSettings(String host, int port, int qos, Optional<String> username, Optional<String> password,
        double maxMessagesPerSecond, String clientId) {

    public MqttSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clientId, "clientId");
        if (qos != 0 && qos != 1) {
            throw new IllegalArgumentException("qos is " + qos + "; expected 0 or 1");
        }
        UwbRadioSettings.requireAtLeast("maxMessagesPerSecond", maxMessagesPerSecond, 0);
    }

    /** Settings for a {@code tcp://host:port} broker address (port 1883 if none), anonymous and unlimited. */
    public static MqttSettings of(String brokerUri, int qos) {
        URI uri = URI.create(brokerUri);
        if (!"tcp".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("broker '" + brokerUri + "' is not tcp://host:port");
        }
        return new MqttSettings(uri.getHost(), uri.getPort() < 0 ? 1883 : uri.getPort(), qos, Optional.empty(),
                Optional.empty(), 0, "sextant-sim");
    }

    public MqttSettings withCredentials(Optional<String> user, Optional<String> secret) {
        return new MqttSettings(host, port, qos, user, secret, maxMessagesPerSecond, clientId);
    }

    public MqttSettings withMaxMessagesPerSecond(double rate) {
        return new MqttSettings(host, port, qos, username, password, rate, clientId);
    }
}
