package org.rhomboid.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.audit.domain.SealChain;
import org.rhomboid.clinic.ClinicScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals the clinic's audit events into a hash chain (SealChain) and verifies it. Sealing runs after the events'
 * own transactions — a job every half minute, and before every verification — so no request waits for another
 * clinic user's; a per-clinic advisory lock keeps two sealers (two nodes) from sealing at once.
 */
@Service
public class AuditSeals {

    private static final int BATCH = 1000;
    /** An event may commit this long after it was written (a slow transaction) and still be sealed in its turn. */
    private static final String LATE_COMMIT = "10 minutes";
    private static final String COLUMNS = "e.id, e.clinic_id, e.user_id, e.username, e.patient_id, e.action,"
            + " e.resource_type, e.resource_id, e.channel, e.outcome, e.occurred_at, e.source_address, e.detail,"
            + " e.patients_shown";

    private final JdbcClient jdbc;

    AuditSeals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Seals every event of the clinic in scope not sealed yet; returns how many it sealed. */
    @Transactional
    public int sealPending() {
        UUID clinic = ClinicScope.require();
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", "audit-seal:" + clinic)
                .query((rs, n) -> 1).list();
        SealChain.Seal last = jdbc.sql("select seq, event_id, prev_hash, hash from audit_seal where clinic_id = :c"
                        + " order by seq desc limit 1").param("c", clinic).query(AuditSeals::seal).optional()
                .orElse(null);
        long seq = last == null ? 0 : last.seq();
        String previous = last == null ? SealChain.GENESIS : last.hash();
        int sealed = 0;
        while (true) {
            List<SealChain.Event> pending = jdbc.sql("select " + COLUMNS + " from audit_event e"
                            + " where e.clinic_id = :c and e.occurred_at > coalesce((select max(x.occurred_at)"
                            + " from audit_event x join audit_seal s on s.event_id = x.id where s.clinic_id = :c"
                            + " and s.seq = :seq), '-infinity'::timestamptz) - cast(:late as interval)"
                            + " and not exists (select 1 from audit_seal s where s.event_id = e.id)"
                            + " order by e.id limit :batch")
                    .param("c", clinic).param("seq", seq).param("late", LATE_COMMIT).param("batch", BATCH)
                    .query(AuditSeals::event).list();
            for (SealChain.Event event : pending) {
                String hash = SealChain.hash(previous, event);
                jdbc.sql("insert into audit_seal (clinic_id, seq, event_id, prev_hash, hash)"
                                + " values (:c, :seq, :event, :prev, :hash)")
                        .param("c", clinic).param("seq", ++seq).param("event", event.id()).param("prev", previous)
                        .param("hash", hash).update();
                previous = hash;
                sealed++;
            }
            if (pending.size() < BATCH) {
                return sealed;
            }
        }
    }

    /**
     * Seals what is pending, then walks the whole chain of the clinic in scope: intact with the number of events,
     * or the first event where it breaks. Events older than a late commit and still unsealed (written behind the
     * application's back) break it too.
     */
    @Transactional
    public SealChain.Verdict verify() {
        sealPending();
        UUID clinic = ClinicScope.require();
        String previous = SealChain.GENESIS;
        long expected = 1;
        while (true) {
            List<SealChain.Seal> seals = jdbc.sql("select seq, event_id, prev_hash, hash from audit_seal"
                            + " where clinic_id = :c and seq >= :from order by seq limit :batch")
                    .param("c", clinic).param("from", expected).param("batch", BATCH).query(AuditSeals::seal).list();
            if (seals.isEmpty()) {
                break;
            }
            Map<Long, SealChain.Event> events = new HashMap<>();
            jdbc.sql("select " + COLUMNS + " from audit_event e where e.clinic_id = :c and e.id = any(:ids)")
                    .param("c", clinic).param("ids", seals.stream().map(SealChain.Seal::eventId).toArray(Long[]::new))
                    .query(AuditSeals::event).list().forEach(e -> events.put(e.id(), e));
            for (SealChain.Seal seal : seals) {
                String problem = SealChain.problem(seal, expected, previous, events.get(seal.eventId()));
                if (problem != null) {
                    return new SealChain.Verdict(false, expected - 1, seal.eventId(), problem);
                }
                previous = seal.hash();
                expected++;
            }
        }
        Long unsealed = jdbc.sql("select min(e.id) from audit_event e where e.clinic_id = :c"
                        + " and e.occurred_at < now() - cast(:late as interval)"
                        + " and not exists (select 1 from audit_seal s where s.event_id = e.id)")
                .param("c", clinic).param("late", LATE_COMMIT).query(Long.class).optional().orElse(null);
        if (unsealed != null) {
            return new SealChain.Verdict(false, expected - 1, unsealed, "the event was never sealed");
        }
        return SealChain.Verdict.intact(expected - 1);
    }

    private static SealChain.Seal seal(ResultSet rs, int row) throws SQLException {
        return new SealChain.Seal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }

    private static SealChain.Event event(ResultSet rs, int row) throws SQLException {
        java.sql.Array shown = rs.getArray("patients_shown");
        return new SealChain.Event(rs.getLong("id"), rs.getObject("clinic_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getString("username"), rs.getObject("patient_id", UUID.class),
                rs.getString("action"), rs.getString("resource_type"), rs.getString("resource_id"),
                rs.getString("channel"), rs.getString("outcome"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("source_address"), rs.getString("detail"),
                shown == null ? null : Arrays.asList((UUID[]) shown.getArray()));
    }
}
