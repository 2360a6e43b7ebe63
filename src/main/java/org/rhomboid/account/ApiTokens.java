package org.rhomboid.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.shared.SecretTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the JSON API. The token itself is shown once; only its SHA-256 is stored, so a copy
 * of the database cannot be used to call the API. Tokens expire and can be revoked.
 */
@Service
public class ApiTokens {

    public record Issued(String token, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, UserRepository users, @Value("${rhomboid.api.token-lifetime:8h}") Duration lifetime) {
        this.jdbc = jdbc;
        this.users = users;
        this.lifetime = lifetime;
    }

    @Transactional
    public Issued issue(StaffUser user) {
        String token = SecretTokens.generate("rht_");
        Instant expiresAt = Instant.now().plus(lifetime);
        jdbc.sql("insert into api_token (id, user_id, token_hash, expires_at) values (:id, :user, :hash, :expires)")
                .param("id", UUID.randomUUID())
                .param("user", user.id())
                .param("hash", hash(token))
                .param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .update();
        return new Issued(token, expiresAt);
    }

    /** The active user behind a live token, if any. */
    @Transactional(readOnly = true)
    public Optional<StaffUser> authenticate(String token) {
        return users.findByLiveToken(hash(token)).filter(StaffUser::active);
    }

    @Transactional
    public boolean revoke(String token) {
        return jdbc.sql("update api_token set revoked_at = now() where token_hash = :hash and revoked_at is null")
                .param("hash", hash(token))
                .update() == 1;
    }

    @Transactional
    public void revokeAll(UUID userId) {
        jdbc.sql("update api_token set revoked_at = now() where user_id = :user and revoked_at is null")
                .param("user", userId)
                .update();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
