package org.rhomboid.mail;

import java.util.Optional;
import java.util.UUID;
import org.rhomboid.mail.domain.LinkKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only: whether a token staff ask to e-mail is the episode's live link of that kind, and to whom it goes. The
 * tables belong to intake, outcome and hep; this reads them by the token's SHA-256 only, so a stale page or a
 * forged form cannot make Rhomboid e-mail a link that no longer opens, or another episode's.
 */
@Repository
class LinkMailRepository {

    /** The patient the link belongs to, with what a message may use: the given name and the e-mail on file. */
    record Recipient(UUID patientId, String givenName, String email) {
    }

    private final JdbcClient jdbc;

    LinkMailRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean episodeExists(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select count(*) from episode where clinic_id = :clinic and id = :episode")
                .param("clinic", clinicId).param("episode", episodeId).query(Integer.class).single() > 0;
    }

    Optional<Recipient> liveLink(LinkKind kind, UUID clinicId, UUID episodeId, String tokenHash) {
        String owner = switch (kind) {
            case INTAKE -> """
                    select i.patient_id from intake_link l
                      join intake i on i.clinic_id = l.clinic_id and i.id = l.intake_id
                     where l.clinic_id = :clinic and l.token_hash = :hash and i.episode_id = :episode
                       and i.status = 'OPEN' and i.expires_at > now()""";
            case MEASURES -> """
                    select r.patient_id from outcome_link l
                      join outcome_request r on r.clinic_id = l.clinic_id and r.id = l.request_id
                     where l.clinic_id = :clinic and l.token_hash = :hash and r.episode_id = :episode
                       and r.status = 'OPEN' and r.expires_at > now()""";
            case PORTAL -> """
                    select a.patient_id from portal_link l
                      join portal_access a on a.clinic_id = l.clinic_id and a.id = l.access_id
                     where l.clinic_id = :clinic and l.token_hash = :hash and a.episode_id = :episode
                       and a.revoked_at is null""";
        };
        // Only while the episode is in care: discharge ends every link and on hold pauses them (link.domain.LinkLife).
        return jdbc.sql("select p.id, p.given_name, p.email from patient p where p.clinic_id = :clinic and p.id = ("
                        + owner + ") and exists (select 1 from episode e where e.clinic_id = :clinic"
                        + " and e.id = :episode and e.status = 'OPEN')")
                .param("clinic", clinicId).param("hash", tokenHash).param("episode", episodeId)
                .query((rs, row) -> new Recipient(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
                .optional();
    }
}
