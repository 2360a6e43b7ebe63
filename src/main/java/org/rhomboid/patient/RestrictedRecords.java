package org.rhomboid.patient;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.access.Permission;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.patient.domain.Restriction;
import org.rhomboid.shared.RestrictedRecordException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restricted records and emergency access (EMERGENCY-ACCESS): a restricted patient's record opens only for the
 * care team — the people named on it, the therapists treating one of the patient's episodes — and for the clinic's
 * administrators (who keep the restriction and review emergency access); anyone else with a clinical role may
 * break the glass, with a reason, for a limited time. A refusal is recorded in a transaction of its own, so it stays
 * in the trail whatever the caller's transaction does.
 */
@Component
public class RestrictedRecords {

    public static final String RESOURCE = "RestrictedRecord";

    /** A grant of emergency access, as the administrator's report lists it. */
    public record Grant(UUID id, UUID patientId, String patientName, String userName, String reason,
                        OffsetDateTime grantedAt, OffsetDateTime expiresAt) {
        public boolean active(OffsetDateTime now) {
            return expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate separately;
    private final Duration grantFor;

    RestrictedRecords(JdbcClient jdbc, AuditLog audit, PlatformTransactionManager transactions,
                      @Value("${rhomboid.emergency-access.lasts:60m}") Duration grantFor) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.grantFor = grantFor;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Duration grantFor() {
        return grantFor;
    }

    public Optional<Restriction> restriction(UUID patientId) {
        return jdbc.sql("select restriction from patient where clinic_id = :c and id = :p")
                .param("c", ClinicScope.require()).param("p", patientId).query(String.class).optional()
                .map(Restriction::valueOf);
    }

    /**
     * Refuses the signed-in member of staff a restricted record they have no access to. Work without a member of
     * staff (a patient's own link, start-up) is not concerned.
     */
    public void requireAccess(UUID patientId) {
        StaffPrincipal me = StaffPrincipal.current().orElse(null);
        if (me == null || restriction(patientId).isEmpty() || allowed(patientId, me)) {
            return;
        }
        UUID clinic = ClinicScope.require();
        ClinicScope.runAs(clinic, () -> separately.executeWithoutResult(status ->
                audit.record(AuditAction.READ, RESOURCE, patientId, patientId, AuditOutcome.DENIED)));
        throw new RestrictedRecordException(patientId);
    }

    boolean allowed(UUID patientId, StaffPrincipal me) {
        if (me.may(Permission.ADMINISTER_CLINIC)) {
            return true;
        }
        return Boolean.TRUE.equals(jdbc.sql("""
                select exists (select 1 from patient_care_team where clinic_id = :c and patient_id = :p and user_id = :u)
                    or exists (select 1 from episode where clinic_id = :c and patient_id = :p
                               and treating_therapist_id = :u)
                    or exists (select 1 from emergency_access where clinic_id = :c and patient_id = :p
                               and user_id = :u and expires_at > now())""")
                .param("c", ClinicScope.require()).param("p", patientId).param("u", me.userId())
                .query(Boolean.class).single());
    }

    public List<UUID> careTeam(UUID patientId) {
        return jdbc.sql("select user_id from patient_care_team where clinic_id = :c and patient_id = :p")
                .param("c", ClinicScope.require()).param("p", patientId).query(UUID.class).list();
    }

    /** Restricts the record (or lifts the restriction, with null) and sets who is on its care team. */
    void restrict(UUID patientId, Restriction restriction, Set<UUID> team, UUID by) {
        UUID clinic = ClinicScope.require();
        jdbc.sql("update patient set restriction = :r, version = version + 1, updated_at = now()"
                        + " where clinic_id = :c and id = :p")
                .param("r", restriction == null ? null : restriction.name()).param("c", clinic).param("p", patientId)
                .update();
        jdbc.sql("delete from patient_care_team where clinic_id = :c and patient_id = :p")
                .param("c", clinic).param("p", patientId).update();
        for (UUID member : team) {
            jdbc.sql("insert into patient_care_team (clinic_id, patient_id, user_id, added_by)"
                            + " values (:c, :p, :u, :by)")
                    .param("c", clinic).param("p", patientId).param("u", member).param("by", by).update();
        }
    }

    /** Grants the signed-in user emergency access to the record until the grant runs out. */
    Grant breakGlass(UUID patientId, String reason) {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        OffsetDateTime now = OffsetDateTime.now();
        Grant grant = new Grant(UUID.randomUUID(), patientId, null, me.displayName(), reason.strip(), now,
                now.plus(grantFor));
        jdbc.sql("insert into emergency_access (id, clinic_id, patient_id, user_id, user_name, reason, granted_at,"
                        + " expires_at) values (:id, :c, :p, :u, :name, :reason, :at, :until)")
                .param("id", grant.id()).param("c", ClinicScope.require()).param("p", patientId)
                .param("u", me.userId()).param("name", me.displayName()).param("reason", grant.reason())
                .param("at", grant.grantedAt()).param("until", grant.expiresAt()).update();
        return grant;
    }

    /** Every grant of emergency access in the clinic, newest first, for the administrator's report. */
    List<Grant> grants(int limit) {
        return jdbc.sql("select g.id, g.patient_id, p.family_name || ', ' || p.given_name, g.user_name, g.reason,"
                        + " g.granted_at, g.expires_at from emergency_access g join patient p on p.id = g.patient_id"
                        + " and p.clinic_id = g.clinic_id where g.clinic_id = :c order by g.granted_at desc limit :n")
                .param("c", ClinicScope.require()).param("n", limit)
                .query((rs, n) -> new Grant(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }
}
