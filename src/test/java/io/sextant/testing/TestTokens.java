package io.sextant.testing;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Bearer tokens for tests, signed by the test instance's own issuer key, so every endpoint can
 * be tested with exactly the roles it should accept or refuse.
 */
public final class TestTokens {

    private static final String ISSUER = "sextant";

    private TestTokens() {
    }

    /** A valid token for a user holding {@code roles}. */
    public static String withRoles(String... roles) {
        return claims(roles).expiresIn(300).sign();
    }

    /** Authorization header value for a user holding {@code roles}. */
    public static String bearer(String... roles) {
        return "Bearer " + withRoles(roles);
    }

    /** A token that expired a minute ago. */
    public static String expired(String... roles) {
        long now = System.currentTimeMillis() / 1000;
        return claims(roles).issuedAt(now - 600).expiresAt(now - 60).sign();
    }

    /** A well-formed token signed by a key Sextant does not trust. */
    public static String forged(String... roles) {
        return claims(roles).expiresIn(300).sign(foreignKey());
    }

    /** A valid signature but another issuer. */
    public static String wrongIssuer(String... roles) {
        return Jwt.issuer("someone-else").upn("intruder").groups(Set.of(roles)).expiresIn(300).sign();
    }

    private static JwtClaimsBuilder claims(String... roles) {
        return Jwt.issuer(ISSUER).upn("test-" + String.join("-", roles)).groups(Set.of(roles));
    }

    private static PrivateKey foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
