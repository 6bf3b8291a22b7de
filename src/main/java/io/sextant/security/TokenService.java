package io.sextant.security;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.sextant.app.SextantConfig;

/**
 * The built-in token issuer: checks a user name and password against the account table and
 * signs a JWT carrying the account's roles as {@code groups}.
 */
@ApplicationScoped
public class TokenService {

    /** A hash of a random password, checked when the user does not exist so both paths take as long. */
    private static final String DUMMY_HASH = PasswordHasher.hash(PasswordHasher.randomPassword(20).toCharArray());

    private final UserRepository users;
    private final SextantConfig.Auth config;

    TokenService(UserRepository users, SextantConfig config) {
        this.users = users;
        this.config = config.auth();
    }

    /** A signed token, its lifetime and the roles it carries. */
    public record IssuedToken(String token, Instant expiresAt, List<String> roles) {
    }

    /** Emits the token, or null when the name, password or account state does not allow one. */
    public Uni<IssuedToken> issue(String username, char[] password) {
        // The hash check takes ~0.3 s of CPU: run it on a worker, after the session is closed.
        return Panache.withSession(() -> users.findById(username)).emitOn(Infrastructure.getDefaultWorkerPool()).map(account -> {
            boolean matches = PasswordHasher.verify(password, account == null ? DUMMY_HASH : account.passwordHash);
            if (account == null || !matches || account.disabled) {
                return null;
            }
            Instant expiresAt = Instant.now().plus(config.tokenLifespan());
            String token = Jwt.issuer(config.issuer())
                    .upn(account.username)
                    .subject(account.username)
                    .groups(new HashSet<>(account.roleList()))
                    .expiresAt(expiresAt)
                    .sign();
            return new IssuedToken(token, expiresAt, account.roleList());
        });
    }
}
