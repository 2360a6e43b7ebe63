package org.rhomboid.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The second factors of staff accounts: the authenticator app's secret, recovery-code hashes, the passkeys' labels,
 * and the clinic's policy. Every query names the account (these tables are read before a clinic is known).
 */
@Repository
class SecondFactorRepository {

    /** An authenticator app: confirmed once its first code was typed. */
    record App(String secret, boolean confirmed, long lastUsedStep) {}

    /** A passkey, as the person sees it in their list. */
    record Passkey(String credentialId, String label, java.time.LocalDate created, java.time.LocalDate lastUsed) {}

    private final JdbcClient jdbc;

    SecondFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<App> app(UUID userId) {
        return jdbc.sql("select secret, confirmed_at is not null, last_used_step from staff_totp where user_id = :user")
                .param("user", userId)
                .query((rs, row) -> new App(rs.getString(1), rs.getBoolean(2), rs.getLong(3))).optional();
    }

    /** A new, unconfirmed secret replaces an unconfirmed one; a confirmed app is never replaced here. */
    boolean beginApp(UUID userId, String secret) {
        return jdbc.sql("""
                        insert into staff_totp (user_id, secret) values (:user, :secret)
                        on conflict (user_id) do update set secret = excluded.secret, created_at = now(),
                                                            last_used_step = 0
                         where staff_totp.confirmed_at is null""")
                .param("user", userId).param("secret", secret).update() == 1;
    }

    boolean confirmApp(UUID userId, long step) {
        return jdbc.sql("update staff_totp set confirmed_at = now(), last_used_step = :step"
                        + " where user_id = :user and confirmed_at is null")
                .param("user", userId).param("step", step).update() == 1;
    }

    /** Takes a code's step once: of two sign-ins with the same code, one updates the row and the other finds none. */
    boolean useStep(UUID userId, long step) {
        return jdbc.sql("update staff_totp set last_used_step = :step"
                        + " where user_id = :user and confirmed_at is not null and last_used_step < :step")
                .param("user", userId).param("step", step).update() == 1;
    }

    boolean removeApp(UUID userId) {
        return jdbc.sql("delete from staff_totp where user_id = :user").param("user", userId).update() > 0;
    }

    void replaceRecoveryCodes(UUID userId, List<String> hashes) {
        jdbc.sql("delete from staff_recovery_code where user_id = :user").param("user", userId).update();
        for (String hash : hashes) {
            jdbc.sql("insert into staff_recovery_code (user_id, code_hash) values (:user, :hash)")
                    .param("user", userId).param("hash", hash).update();
        }
    }

    boolean useRecoveryCode(UUID userId, String hash) {
        return jdbc.sql("update staff_recovery_code set used_at = now()"
                        + " where user_id = :user and code_hash = :hash and used_at is null")
                .param("user", userId).param("hash", hash).update() == 1;
    }

    int recoveryCodesLeft(UUID userId) {
        return jdbc.sql("select count(*) from staff_recovery_code where user_id = :user and used_at is null")
                .param("user", userId).query(Integer.class).single();
    }

    void removeRecoveryCodes(UUID userId) {
        jdbc.sql("delete from staff_recovery_code where user_id = :user").param("user", userId).update();
    }

    List<Passkey> passkeys(UUID userId) {
        return jdbc.sql("""
                        select c.credential_id, c.label, c.created, c.last_used
                          from user_credentials c join app_user u on u.passkey_user_handle = c.user_entity_user_id
                         where u.id = :user order by c.created""")
                .param("user", userId)
                .query((rs, row) -> new Passkey(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4))))
                .list();
    }

    boolean removePasskey(UUID userId, String credentialId) {
        return jdbc.sql("""
                        delete from user_credentials c using app_user u
                         where u.id = :user and u.passkey_user_handle = c.user_entity_user_id
                           and c.credential_id = :credential""")
                .param("user", userId).param("credential", credentialId).update() == 1;
    }

    int removePasskeys(UUID userId) {
        return jdbc.sql("""
                        delete from user_credentials c using app_user u
                         where u.id = :user and u.passkey_user_handle = c.user_entity_user_id""")
                .param("user", userId).update();
    }

    /** Runs in the clinic's scope (the clinic row is behind row-level security). */
    boolean clinicRequires(UUID clinicId) {
        return jdbc.sql("select mfa_required from clinic where id = :clinic").param("clinic", clinicId)
                .query(Boolean.class).optional().orElse(true);
    }

    void setClinicRequires(UUID clinicId, boolean required) {
        jdbc.sql("update clinic set mfa_required = :required where id = :clinic")
                .param("clinic", clinicId).param("required", required).update();
    }

    /** A reset of the second factor moves the account's stamp on, so every session it has ends. */
    void endSessions(UUID clinicId, UUID userId) {
        jdbc.sql("update app_user set security_stamp = security_stamp + 1 where clinic_id = :clinic and id = :user")
                .param("clinic", clinicId).param("user", userId).update();
    }

    /** Spring Security's table keeps timestamps without a zone, written and read the same way as here. */
    private static java.time.LocalDate instant(java.sql.Timestamp time) {
        return time == null ? null : time.toLocalDateTime().toLocalDate();
    }
}
