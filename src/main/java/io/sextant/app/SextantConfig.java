package io.sextant.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Sextant's own settings, under the {@code sextant.} prefix. Every key can also be set as an
 * environment variable ({@code sextant.mqtt.port} is {@code SEXTANT_MQTT_PORT}). The javadoc of
 * each key is its user documentation; docs/configuration.md repeats it with the defaults.
 */
@ConfigMapping(prefix = "sextant")
public interface SextantConfig {

    /**
     * Directory for everything Sextant keeps on local disk: the embedded PostgreSQL cluster
     * ({@code postgres/}), the token signing keys ({@code keys/}) and the instance lock. Delete it
     * (while Sextant is stopped) to start from scratch.
     */
    @WithDefault("data")
    Path dataDir();

    /** MQTT: Sextant's own listener and the optional client of an external broker. */
    Mqtt mqtt();

    /** The built-in token issuer. */
    Auth auth();

    /** What ingest accepts. */
    Ingest ingest();

    interface Ingest {
        /**
         * How far ahead of Sextant's clock a reading's time may be (gateway clocks drift); later
         * ones are refused as {@code time-in-future}.
         */
        @WithDefault("10s")
        Duration maxClockAhead();

        /** How old a reading may be when it arrives; older ones are refused as {@code too-late}. */
        @WithDefault("1h")
        Duration maxReadingAge();
    }

    /** The demo hospital shipped in floorplans/demo-hospital. */
    Demo demo();

    interface Demo {
        /**
         * Load the demo hospital's floor plans at start when the database has no site yet. The
         * launcher turns this on in embedded mode unless it is set explicitly.
         */
        @WithDefault("false")
        boolean load();

        /**
         * Play the demo scenario (simulators/scenarios/demo.json), in a loop, into Sextant's own MQTT
         * listener, so that the demo hospital has tags moving. The launcher turns this on in embedded
         * mode unless it is set explicitly; set it to false to watch only your own gateways.
         */
        @WithDefault("false")
        boolean simulate();
    }

    interface Mqtt {
        /** Start Sextant's own MQTT listener, which gateways publish to directly. */
        @WithDefault("true")
        boolean enabled();

        /** Interface the MQTT listener binds to. */
        @WithDefault("0.0.0.0")
        String host();

        /** TCP port of the MQTT listener; 0 picks a free port (tests). */
        @WithDefault("1883")
        int port();

        /** Largest MQTT message accepted, in bytes; larger ones are refused by the codec. */
        @WithName("max-message-size")
        @WithDefault("262144")
        int maxMessageSizeBytes();

        /** Client mode: subscribe to an external broker instead of, or beside, the listener. */
        Client client();
    }

    interface Client {
        /** Connect to an external MQTT broker. */
        @WithDefault("false")
        boolean enabled();

        /** Broker host name. */
        @WithDefault("localhost")
        String host();

        /** Broker port (1883 plain, 8883 usual for TLS). */
        @WithDefault("1883")
        int port();

        /** User name for the broker, if it asks for one. */
        Optional<String> username();

        /** Password for the broker. */
        Optional<String> password();

        /** Use TLS to the broker. */
        @WithDefault("false")
        boolean tls();

        /** PEM file of the CA that signed the broker's certificate; the JVM's trust store if absent. */
        Optional<Path> tlsCaFile();

        /**
         * Client id. Keep it stable: with a persistent session the broker queues QoS 1 messages
         * for this id while Sextant is away.
         */
        @WithDefault("sextant-1")
        String clientId();

        /**
         * Ask the broker for a persistent session (MQTT clean-session false), so that QoS 1
         * readings published while Sextant restarts are delivered when it comes back.
         */
        @WithDefault("true")
        boolean persistentSession();

        /** Topic filters to subscribe to, at QoS 1. {@code $share/group/...} filters split load. */
        @WithDefault("sextant/v1/+/gateways/+/+")
        List<String> topics();

        /** How many QoS 1 messages may be unacknowledged at once on the connection. */
        @WithDefault("1000")
        int maxInflight();

        /** Wait between reconnection attempts after the broker connection drops. */
        @WithDefault("2s")
        Duration reconnectDelay();
    }

    interface Auth {
        /** The {@code iss} claim of tokens the built-in issuer signs, and the issuer accepted. */
        @WithDefault("sextant")
        String issuer();

        /** How long a token from the built-in issuer stays valid. */
        @WithDefault("8h")
        Duration tokenLifespan();

        /**
         * Password for the {@code admin} account created on first start. Leave it unset to have
         * Sextant generate one and print it once; set it (from a secret) for unattended installs.
         * It is used only when no account exists yet.
         */
        Optional<String> initialAdminPassword();
    }
}
