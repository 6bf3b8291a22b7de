package io.sextant.security;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.sextant.app.SextantConfig;

/**
 * Creates the {@code admin} account on first start, when no account exists. Its password is
 * either the configured {@code sextant.auth.initial-admin-password} or a generated one, printed
 * once to the console: there is no fixed default password.
 */
@ApplicationScoped
public class AdminBootstrap {

    public static final String ADMIN = "admin";
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    private final UserRepository users;
    private final SextantConfig.Auth config;

    AdminBootstrap(UserRepository users, SextantConfig config) {
        this.users = users;
        this.config = config.auth();
    }

    void createFirstAdmin(@Observes StartupEvent event) throws Throwable {
        long accounts = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(users::count));
        if (accounts > 0) {
            return;
        }
        String password = config.initialAdminPassword().orElseGet(() -> PasswordHasher.randomPassword(GENERATED_PASSWORD_LENGTH));
        String hash = PasswordHasher.hash(password.toCharArray());
        // Another node may have created it meanwhile: insert only if the table is still empty.
        boolean created = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> users.count()
                .flatMap(count -> count > 0
                        ? Uni.createFrom().item(false)
                        : users.persist(UserAccount.of(ADMIN, hash, List.of(Roles.ADMIN))).replaceWith(true))));
        if (created && config.initialAdminPassword().isEmpty()) {
            System.out.printf("%n==========================================================%n"
                    + " First start: created account 'admin' with password%n%n     %s%n%n"
                    + " It is shown only this once. Get a token with:%n"
                    + "   curl -s -X POST localhost:8080/api/v1/auth/token \\%n"
                    + "        -H 'Content-Type: application/json' \\%n"
                    + "        -d '{\"username\":\"admin\",\"password\":\"<password>\"}'%n"
                    + "==========================================================%n%n", password);
        }
    }
}
