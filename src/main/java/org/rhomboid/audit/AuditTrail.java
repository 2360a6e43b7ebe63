package org.rhomboid.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.shared.LikePattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit trail of the caller's clinic for the administrator's page. */
@Service
public class AuditTrail {

    public static final int PAGE_SIZE = 100;
    /** The most events one export holds; beyond it the administrator narrows the filters (dates, action). */
    public static final int EXPORT_LIMIT = 100_000;
    public static final String RESOURCE = "AuditTrail";

    private final JdbcClient jdbc;

    private final ClinicDates clinicDates;

    AuditTrail(JdbcClient jdbc, AuditLog audit, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    private final AuditLog audit;

    /** Viewing the trail is itself in the trail (AUDIT-EVENTS). */
    @Transactional
    public List<AuditEvent> search(AuditFilter filter, int page) {
        audit.recordEvent(AuditAction.READ, RESOURCE, "page " + Math.max(page, 0), describe(filter),
                AuditOutcome.SUCCESS);
        return query(filter, PAGE_SIZE + 1, Math.max(page, 0) * PAGE_SIZE);
    }

    /**
     * The events the filters select, newest first, up to {@link #EXPORT_LIMIT} and one more (so the caller can
     * tell the export was cut short). Exporting is itself in the trail.
     */
    @Transactional
    public List<AuditEvent> export(AuditFilter filter) {
        List<AuditEvent> events = query(filter, EXPORT_LIMIT + 1, 0);
        audit.recordEvent(AuditAction.EXPORT, RESOURCE, Math.min(events.size(), EXPORT_LIMIT) + " events",
                describe(filter), AuditOutcome.SUCCESS);
        return events;
    }

    private List<AuditEvent> query(AuditFilter filter, int limit, int offset) {
        ZoneId zone = clinicDates.zone();
        return jdbc.sql("""
                select id, user_id, username, patient_id, action, resource_type, resource_id, channel, outcome,
                       occurred_at, source_address, detail
                  from audit_event
                 where clinic_id = :clinic
                   and (cast(:username as text) is null or lower(username) like lower(:username) escape '\\')
                   and (cast(:patient as uuid) is null or patient_id = :patient)
                   and (cast(:action as text) is null or action = :action)
                   and (cast(:outcome as text) is null or outcome = :outcome)
                   and (cast(:from as timestamptz) is null or occurred_at >= :from)
                   and (cast(:to as timestamptz) is null or occurred_at < :to)
                 order by occurred_at desc, id desc
                 limit :limit offset :offset""")
                .param("clinic", ClinicScope.require())
                .param("username", blankToNull(filter.username()))
                .param("patient", filter.patientId())
                .param("action", filter.action() == null ? null : filter.action().name())
                .param("outcome", filter.outcome() == null ? null : filter.outcome().name())
                .param("from", filter.from() == null ? null : filter.from().atStartOfDay(zone).toOffsetDateTime())
                .param("to", filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditTrail::event)
                .list();
    }

    /**
     * The accounting of disclosures of one patient (AUDIT-DISCLOSURES): every event that names the patient or
     * showed them in a list, between two dates, oldest first. The export itself is recorded against the patient.
     */
    @Transactional
    public List<AuditEvent> disclosures(UUID patientId, LocalDate from, LocalDate to, String format) {
        ZoneId zone = clinicDates.zone();
        List<AuditEvent> events = jdbc.sql("""
                select id, user_id, username, patient_id, action, resource_type, resource_id, channel, outcome,
                       occurred_at, source_address, detail
                  from audit_event
                 where clinic_id = :clinic and (patient_id = :patient or :patient = any(patients_shown))
                   and occurred_at >= :from and occurred_at < :to
                 order by occurred_at, id""")
                .param("clinic", ClinicScope.require()).param("patient", patientId)
                .param("from", from.atStartOfDay(zone).toOffsetDateTime())
                .param("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime())
                .query(AuditTrail::event).list();
        audit.record(AuditAction.EXPORT, "Disclosures", format + " " + from + "–" + to, patientId, AuditOutcome.SUCCESS);
        return events;
    }

    private static AuditEvent event(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("user_id", UUID.class),
                rs.getString("username"), rs.getObject("patient_id", UUID.class),
                AuditAction.valueOf(rs.getString("action")), rs.getString("resource_type"),
                rs.getString("resource_id"), Channel.valueOf(rs.getString("channel")),
                AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("source_address"),
                rs.getString("detail"));
    }

    private static String describe(AuditFilter f) {
        StringBuilder out = new StringBuilder("filters:");
        if (f.username() != null && !f.username().isBlank()) {
            out.append(" user");
        }
        if (f.patientId() != null) {
            out.append(" patient ").append(f.patientId());
        }
        if (f.action() != null) {
            out.append(" action ").append(f.action());
        }
        if (f.outcome() != null) {
            out.append(" outcome ").append(f.outcome());
        }
        if (f.from() != null || f.to() != null) {
            out.append(" dates");
        }
        return out.toString();
    }

    private static String blankToNull(String value) {
        // A prefix of the username, taken literally: "%" or "_" typed into the filter are characters, not wildcards.
        return value == null || value.isBlank() ? null : LikePattern.startingWith(value.strip());
    }
}
