package io.sextant.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = PasswordHasher.hash("correct horse".toCharArray());
        assertTrue(PasswordHasher.verify("correct horse".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("correct horse ".toCharArray(), hash));
        assertFalse(PasswordHasher.verify("".toCharArray(), hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(PasswordHasher.hash("same".toCharArray()), PasswordHasher.hash("same".toCharArray()));
    }

    @Test
    void storesItsParameters() {
        String hash = PasswordHasher.hash("x".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), hash);
    }

    @Test
    void malformedStoredHashNeverMatches() {
        assertFalse(PasswordHasher.verify("x".toCharArray(), "plain-text-password"));
        assertFalse(PasswordHasher.verify("x".toCharArray(), "bcrypt$1$2$3"));
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        String a = PasswordHasher.randomPassword(20);
        assertTrue(a.length() == 20 && a.chars().allMatch(Character::isLetterOrDigit), a);
        assertNotEquals(a, PasswordHasher.randomPassword(20));
    }
}
