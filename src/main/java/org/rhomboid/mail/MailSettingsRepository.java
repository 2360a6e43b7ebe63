package org.rhomboid.mail;

import java.util.Optional;
import java.util.UUID;
import org.rhomboid.database.SealedSecrets;
import org.rhomboid.mail.domain.MailSettings;
import org.rhomboid.mail.domain.SmtpSecurity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The clinic's SMTP settings (clinic_mail_settings, V34). The password is sealed before it is stored
 * ({@link SealedSecrets}, bound to the clinic) and leaves this class, opened, only to the sender.
 */
@Repository
class MailSettingsRepository {

    /** The settings and the stored password (null when there is none). */
    record Stored(MailSettings settings, String password) {
    }

    private final JdbcClient jdbc;
    private final SealedSecrets secrets;

    MailSettingsRepository(JdbcClient jdbc, SealedSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** Where a clinic's SMTP password is stored: what its sealed value is bound to. */
    private static String context(UUID clinicId) {
        return "clinic_mail_settings.password:" + clinicId;
    }

    Optional<Stored> find(UUID clinicId) {
        return jdbc.sql("""
                        select host, port, security, username, password, from_address, from_name, reminder_lead_hours,
                               reminders_on
                          from clinic_mail_settings where clinic_id = :clinic""")
                .param("clinic", clinicId)
                .query((rs, row) -> {
                    // A password that cannot be opened here (another key, another row's) counts as none stored.
                    String password = secrets.open(rs.getString("password"), context(clinicId)).orElse(null);
                    return new Stored(new MailSettings(rs.getString("host"), rs.getInt("port"),
                            SmtpSecurity.valueOf(rs.getString("security")), rs.getString("username"), password != null,
                            rs.getString("from_address"), rs.getString("from_name"), rs.getInt("reminder_lead_hours"),
                            rs.getBoolean("reminders_on")), password);
                })
                .optional();
    }

    /**
     * Saves the settings.
     *
     * @param password the new password, or null to keep the stored one
     * @param clear    remove the stored password
     */
    void save(UUID clinicId, MailSettings s, String password, boolean clear, UUID by) {
        jdbc.sql("""
                        insert into clinic_mail_settings (clinic_id, host, port, security, username, password,
                               from_address, from_name, reminder_lead_hours, reminders_on, updated_by)
                        values (:clinic, :host, :port, :security, :username, :password, :from, :fromName, :lead,
                                :on, :by)
                        on conflict (clinic_id) do update set host = excluded.host, port = excluded.port,
                               security = excluded.security, username = excluded.username,
                               password = case when :clear then null
                                               else coalesce(excluded.password, clinic_mail_settings.password) end,
                               from_address = excluded.from_address, from_name = excluded.from_name,
                               reminder_lead_hours = excluded.reminder_lead_hours, reminders_on = excluded.reminders_on,
                               updated_by = excluded.updated_by, updated_at = now()""")
                .param("clinic", clinicId).param("host", s.host()).param("port", s.port())
                .param("security", s.security().name()).param("username", s.username())
                .param("password", password == null ? null : secrets.seal(password, context(clinicId)))
                .param("from", s.fromAddress()).param("fromName", s.fromName()).param("lead", s.leadHours())
                .param("on", s.remindersOn()).param("clear", clear).param("by", by)
                .update();
    }
}
