package org.rhomboid.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.shared.SecretTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, UserRepository users, ApplicationEventPublisher events,
              @Value("${rhomboid.api.token-lifetime:8h}") Duration lifetime) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
        this.lifetime = lifetime;
    }

    @Transactional
    public Issued issue(StaffUser user) {
        String token = SecretTokens.generate("rht_");
        Instant expiresAt = Instant.now().plus(lifetime);
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into api_token (id, user_id, token_hash, expires_at) values (:id, :user, :hash, :expires)")
                .param("id", id)
                .param("user", user.id())
                .param("hash", hash(token))
                .param("expires", OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .update();
        events.publishEvent(AccountEvent.by(user, "TOKEN_ISSUED", "ApiToken", id, "expires " + expiresAt));
        return new Issued(token, expiresAt);
    }

    /** The active user behind a live token, if any. */
    @Transactional(readOnly = true)
    public Optional<StaffUser> authenticate(String token) {
        return users.findByLiveToken(hash(token)).filter(StaffUser::active);
    }

    /** Revokes one token, the one its holder sends. */
    @Transactional
    public boolean revoke(String token) {
        Optional<UUID> revoked = jdbc.sql("""
                        update api_token set revoked_at = now() where token_hash = :hash and revoked_at is null
                        returning id""")
                .param("hash", hash(token)).query(UUID.class).optional();
        revoked.ifPresent(id -> users.findByTokenId(id).ifPresent(user -> events.publishEvent(
                AccountEvent.by(user, "TOKEN_REVOKED", "ApiToken", id, "revoked by its holder"))));
        return revoked.isPresent();
    }

    /** Revokes every live token of an account whose access changed ({@code why} is recorded). */
    @Transactional
    public void revokeAll(StaffUser user, String why) {
        int revoked = jdbc.sql("update api_token set revoked_at = now() where user_id = :user and revoked_at is null")
                .param("user", user.id())
                .update();
        if (revoked > 0) {
            events.publishEvent(AccountEvent.on(user, "TOKEN_REVOKED", "Staff", user.id(),
                    revoked + (revoked == 1 ? " token" : " tokens") + " revoked: " + why));
        }
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
