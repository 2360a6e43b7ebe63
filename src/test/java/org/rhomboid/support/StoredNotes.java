package org.rhomboid.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import javax.sql.DataSource;
import org.rhomboid.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Daily notes written straight into the database as its owner, bypassing the application's checks: the history a
 * test needs (earlier treatment days, a stale draft) without documenting each visit through the pages.
 */
public final class StoredNotes {

    /** SHA-256 of "{}", the content such notes carry. */
    public static final String EMPTY_HASH = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";

    private StoredNotes() {
    }

    /** A signed daily note by the clinic's PT on the date. */
    public static UUID signed(DataSource owner, TestClinics.Clinic clinic, LocalDate visit) {
        return insert(owner, clinic, Role.PT, "SIGNED", visit, 0);
    }

    /** A daily note in the given status (DRAFT, AWAITING_COSIGN, SIGNED), started {@code hoursAgo}. */
    public static UUID insert(DataSource owner, TestClinics.Clinic clinic, Role author, String status, LocalDate visit,
                              int hoursAgo) {
        UUID id = UUID.randomUUID();
        boolean signed = !status.equals("DRAFT");
        JdbcClient.create(owner).sql("insert into note (id, clinic_id, episode_id, patient_id, kind, visit_date, status,"
                        + " content, content_hash, author_id, author_name, author_role, signed_at, created_at) values"
                        + " (:id, :clinic, :episode, :patient, 'DAILY_NOTE', :date, :status, :content, :hash, :author,"
                        + " :name, :role, :signedAt, now() - make_interval(hours => :hours))")
                .param("id", id).param("clinic", clinic.id()).param("episode", clinic.episode().id())
                .param("patient", clinic.patient().id()).param("date", visit).param("status", status)
                .param("content", signed ? "{}" : null).param("hash", signed ? EMPTY_HASH : null)
                .param("author", clinic.user(author).id()).param("name", clinic.user(author).displayName())
                .param("role", author.name()).param("signedAt", signed ? OffsetDateTime.now() : null)
                .param("hours", hoursAgo).update();
        return id;
    }
}
