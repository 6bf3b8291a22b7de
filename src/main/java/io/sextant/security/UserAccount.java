package io.sextant.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An account of the built-in token issuer. Roles are stored as a comma-separated list. */
@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Column(nullable = false)
    public String roles;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public boolean disabled;

    public List<String> roleList() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }

    public static UserAccount of(String username, String passwordHash, List<String> roles) {
        UserAccount account = new UserAccount();
        account.username = username;
        account.passwordHash = passwordHash;
        account.roles = String.join(",", roles);
        return account;
    }
}
