package org.rhomboid.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Therapists' calendar feeds (calendar_feed) and their tokens' hashes (calendar_feed_link), V34. */
@Repository
class CalendarFeedRepository {

    /** Where a token leads, found before the clinic is known. */
    record Link(UUID clinicId, UUID feedId) {
    }

    /** A therapist's live feed. */
    record Feed(UUID id, UUID therapistId, Instant createdAt, Instant lastFetchedAt) {
    }

    private final JdbcClient jdbc;

    CalendarFeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Link> link(String tokenHash) {
        return jdbc.sql("select clinic_id, feed_id from calendar_feed_link where token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, row) -> new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    Optional<Feed> live(UUID clinicId, UUID feedId) {
        return jdbc.sql("""
                        select id, therapist_id, created_at, last_fetched_at from calendar_feed
                         where clinic_id = :clinic and id = :id and revoked_at is null""")
                .param("clinic", clinicId).param("id", feedId)
                .query((rs, row) -> feed(rs))
                .optional();
    }

    Optional<Feed> liveOf(UUID clinicId, UUID therapistId) {
        return jdbc.sql("""
                        select id, therapist_id, created_at, last_fetched_at from calendar_feed
                         where clinic_id = :clinic and therapist_id = :therapist and revoked_at is null""")
                .param("clinic", clinicId).param("therapist", therapistId)
                .query((rs, row) -> feed(rs))
                .optional();
    }

    void issue(UUID clinicId, UUID feedId, UUID therapistId, String tokenHash) {
        jdbc.sql("insert into calendar_feed (clinic_id, id, therapist_id) values (:clinic, :id, :therapist)")
                .param("clinic", clinicId).param("id", feedId).param("therapist", therapistId).update();
        jdbc.sql("insert into calendar_feed_link (clinic_id, token_hash, feed_id) values (:clinic, :hash, :id)")
                .param("clinic", clinicId).param("hash", tokenHash).param("id", feedId).update();
    }

    /** Revokes the therapist's live feed; false when there was none. */
    boolean revoke(UUID clinicId, UUID therapistId) {
        Optional<Feed> live = liveOf(clinicId, therapistId);
        live.ifPresent(feed -> {
            jdbc.sql("delete from calendar_feed_link where clinic_id = :clinic and feed_id = :id")
                    .param("clinic", clinicId).param("id", feed.id()).update();
            jdbc.sql("update calendar_feed set revoked_at = now() where clinic_id = :clinic and id = :id")
                    .param("clinic", clinicId).param("id", feed.id()).update();
        });
        return live.isPresent();
    }

    void fetched(UUID clinicId, UUID feedId) {
        jdbc.sql("update calendar_feed set last_fetched_at = now() where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId).param("id", feedId).update();
    }

    private static Feed feed(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp fetched = rs.getTimestamp("last_fetched_at");
        return new Feed(rs.getObject("id", UUID.class), rs.getObject("therapist_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), fetched == null ? null : fetched.toInstant());
    }
}
