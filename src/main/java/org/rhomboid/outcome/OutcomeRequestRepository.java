package org.rhomboid.outcome;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.database.PgArrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutcomeRequestRepository {

    /** Where a measures link leads, before any clinic is in scope. */
    record Link(UUID requestId, UUID clinicId) {}

    private static final String COLUMNS = "id, episode_id, patient_id, instruments, psfs_activities, status,"
            + " requested_at, expires_at, completed_at";

    private final JdbcClient jdbc;

    OutcomeRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Link> link(String tokenHash) {
        return jdbc.sql("select request_id, clinic_id from outcome_link where token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    Optional<OutcomeRequest> find(UUID clinicId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from outcome_request where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", id).query(OutcomeRequestRepository::map).optional();
    }

    List<OutcomeRequest> ofEpisode(UUID clinicId, UUID episodeId) {
        return jdbc.sql("select " + COLUMNS + " from outcome_request where clinic_id = :clinic"
                        + " and episode_id = :episode order by requested_at desc")
                .param("clinic", clinicId).param("episode", episodeId).query(OutcomeRequestRepository::map).list();
    }

    /**
     * A new request withdraws the episode's open ones and their links: one live link per episode, so a patient
     * holding an old message can't answer twice.
     */
    void insert(UUID clinicId, OutcomeRequest request, UUID by, String tokenHash) {
        jdbc.sql("delete from outcome_link where clinic_id = :clinic and request_id in (select id from"
                        + " outcome_request where clinic_id = :clinic and episode_id = :episode and status = 'OPEN')")
                .param("clinic", clinicId).param("episode", request.episodeId()).update();
        jdbc.sql("update outcome_request set status = 'WITHDRAWN' where clinic_id = :clinic and episode_id = :episode"
                        + " and status = 'OPEN'")
                .param("clinic", clinicId).param("episode", request.episodeId()).update();
        jdbc.sql("insert into outcome_request (id, clinic_id, episode_id, patient_id, instruments, psfs_activities,"
                        + " status, requested_by, expires_at) values (:id, :clinic, :episode, :patient,"
                        + " :instruments::text[], :activities::text[], 'OPEN', :by, :expires)")
                .param("id", request.id()).param("clinic", clinicId).param("episode", request.episodeId())
                .param("patient", request.patientId())
                .param("instruments", PgArrays.text(request.instruments().stream().map(Enum::name).toList()))
                .param("activities", PgArrays.text(request.psfsActivities()))
                .param("by", by).param("expires", request.expiresAt()).update();
        jdbc.sql("insert into outcome_link (token_hash, request_id, clinic_id) values (:hash, :request, :clinic)")
                .param("hash", tokenHash).param("request", request.id()).param("clinic", clinicId).update();
    }

    /**
     * Single use: deletes the link and completes its request, if both are still there and open. Of several
     * transactions doing this at once, one deletes the link's row; the others wait for it, then find nothing. The
     * link's row is taken before the request's, in the same order as a new request withdrawing old ones.
     *
     * @return true for the one that used the link
     */
    boolean complete(UUID clinicId, String tokenHash, UUID requestId) {
        boolean used = jdbc.sql("delete from outcome_link where token_hash = :hash and request_id = :id"
                        + " returning request_id")
                .param("hash", tokenHash).param("id", requestId)
                .query((rs, row) -> rs.getObject(1, UUID.class)).optional().isPresent();
        return used && jdbc.sql("update outcome_request set status = 'COMPLETED', completed_at = now()"
                        + " where clinic_id = :clinic and id = :id and status = 'OPEN' and expires_at > now()")
                .param("clinic", clinicId).param("id", requestId).update() == 1;
    }

    private static OutcomeRequest map(ResultSet rs, int row) throws SQLException {
        return new OutcomeRequest(rs.getObject("id", UUID.class), rs.getObject("episode_id", UUID.class),
                rs.getObject("patient_id", UUID.class),
                strings(rs.getArray("instruments")).stream().map(OutcomeInstrument::valueOf).toList(),
                strings(rs.getArray("psfs_activities")), OutcomeRequest.Status.valueOf(rs.getString("status")),
                rs.getObject("requested_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
                rs.getObject("completed_at", OffsetDateTime.class));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
