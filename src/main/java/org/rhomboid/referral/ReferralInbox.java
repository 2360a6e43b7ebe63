package org.rhomboid.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientDetails;
import org.rhomboid.patient.PatientService;
import org.rhomboid.patient.domain.Sex;
import org.rhomboid.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's referral inbox: referrals received by FHIR wait here (NEW) until the front desk files one to a
 * patient (FILED) or declines it with a reason (DECLINED). Every read and write is audited as "Referral".
 */
@Service
@Transactional
public class ReferralInbox {

    public static final String RESOURCE = "Referral";
    private static final String COLUMNS = """
            id, received_at, patient_family_name, patient_given_name, patient_birth_date, patient_sex, referrer_name,
            referrer_npi, reason, status, filed_patient_id, decided_by_name, decided_at, decline_reason""";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final PatientService patients;

    ReferralInbox(JdbcClient jdbc, AuditLog audit, PatientService patients) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.patients = patients;
    }

    /** Files a received referral into the inbox; its id is a new opaque UUID. */
    public UUID receive(IncomingReferral.Received received, UUID existingPatient) {
        UUID clinic = ClinicScope.require();
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO incoming_referral (id, clinic_id, received_by, received_by_name, source,
                    service_request_json, patient_json, patient_family_name, patient_given_name, patient_birth_date,
                    patient_sex, referrer_name, referrer_npi, reason)
                VALUES (:id, :c, :by, :byName, 'FHIR', CAST(:sr AS jsonb), CAST(:p AS jsonb), :family, :given,
                    :birth, :sex, :referrer, :npi, :reason)""")
                .param("id", id).param("c", clinic).param("by", me.userId()).param("byName", me.displayName())
                .param("sr", received.serviceRequestJson()).param("p", received.patientJson())
                .param("family", received.familyName()).param("given", received.givenName())
                .param("birth", received.birthDate())
                .param("sex", received.sex() == null ? null : received.sex().name())
                .param("referrer", received.referrerName()).param("npi", received.referrerNpi())
                .param("reason", received.reason()).update();
        audit.record(AuditAction.CREATE, RESOURCE, id, existingPatient, AuditOutcome.SUCCESS, "received by FHIR");
        return id;
    }

    /** The referrals waiting for the front desk, oldest first. */
    public List<IncomingReferral> waiting() {
        List<IncomingReferral> found = jdbc.sql("SELECT " + COLUMNS
                        + " FROM incoming_referral WHERE clinic_id = :c AND status = 'NEW' ORDER BY received_at, id")
                .param("c", ClinicScope.require()).query(ReferralInbox::row).list();
        audit.recordShown(AuditAction.SEARCH, RESOURCE, List.of(), found.size() + " waiting referrals listed");
        return found;
    }

    /** The last referrals filed or declined, newest first. */
    public List<IncomingReferral> recentlyDecided() {
        List<IncomingReferral> found = jdbc.sql("SELECT " + COLUMNS + " FROM incoming_referral WHERE clinic_id = :c AND status <> 'NEW'"
                        + " ORDER BY decided_at DESC, id LIMIT 20")
                .param("c", ClinicScope.require()).query(ReferralInbox::row).list();
        audit.recordShown(AuditAction.SEARCH, RESOURCE, found.stream().map(IncomingReferral::filedPatientId)
                .filter(java.util.Objects::nonNull).toList(), found.size() + " decided referrals listed");
        return found;
    }

    /** One referral of this clinic; another clinic's is not found. */
    public IncomingReferral get(UUID id) {
        IncomingReferral found = find(id);
        audit.record(AuditAction.READ, RESOURCE, id, found == null ? null : found.filedPatientId(),
                found == null ? AuditOutcome.NOT_FOUND : AuditOutcome.SUCCESS);
        if (found == null) {
            throw new NotFoundException(RESOURCE);
        }
        return found;
    }

    /** What registering the referral's patient starts from: the names, birth date, sex and the referrer. */
    public PatientDetails newPatientDetails(IncomingReferral referral) {
        return new PatientDetails(null, referral.familyName(), referral.givenName(), referral.birthDate(),
                referral.sex(), null, null, null, null, null, null, null, null, referral.referrerName(),
                referral.referrerNpi(), null);
    }

    /** Files a waiting referral by registering its patient (the registration form's rules apply). */
    public Patient fileAsNewPatient(UUID id, PatientDetails details) {
        IncomingReferral referral = waitingOne(id);
        Patient patient = patients.register(details);
        decide(referral, "FILED", patient.id(), null);
        return patient;
    }

    /**
     * Files a waiting referral to a patient already registered; the patient's referring provider is set from the
     * referral when it has none.
     */
    public Patient fileToPatient(UUID id, UUID patientId) {
        IncomingReferral referral = waitingOne(id);
        Patient patient = patients.get(patientId);
        if (patient.referringProviderName() == null && patient.referringProviderNpi() == null) {
            PatientDetails d = patient.details();
            patient = patients.correct(patientId, new PatientDetails(d.mrn(), d.familyName(), d.givenName(),
                    d.birthDate(), d.sex(), d.phone(), d.email(), d.addressLine(), d.city(), d.state(),
                    d.postalCode(), d.primaryPayer(), d.memberId(), referral.referrerName(), referral.referrerNpi(),
                    d.version()));
        }
        decide(referral, "FILED", patient.id(), null);
        return patient;
    }

    /** Declines a waiting referral with the reason the front desk gives. */
    public void decline(UUID id, String reason) {
        decide(waitingOne(id), "DECLINED", null, reason);
    }

    private IncomingReferral waitingOne(UUID id) {
        IncomingReferral referral = find(id);
        if (referral == null) {
            audit.record(AuditAction.UPDATE, RESOURCE, id, null, AuditOutcome.NOT_FOUND);
            throw new NotFoundException(RESOURCE);
        }
        if (!referral.isNew()) {
            throw new IllegalStateException("This referral was already " + referral.status().toLowerCase());
        }
        return referral;
    }

    private void decide(IncomingReferral referral, String status, UUID patient, String declineReason) {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        int changed = jdbc.sql("""
                UPDATE incoming_referral SET status = :status, filed_patient_id = :patient, decided_by = :by,
                    decided_by_name = :byName, decided_at = now(), decline_reason = :reason
                WHERE clinic_id = :c AND id = :id AND status = 'NEW'""")
                .param("status", status).param("patient", patient).param("by", me.userId())
                .param("byName", me.displayName()).param("reason", declineReason)
                .param("c", ClinicScope.require()).param("id", referral.id()).update();
        if (changed != 1) {
            throw new IllegalStateException("This referral was decided meanwhile");
        }
        audit.record(AuditAction.UPDATE, RESOURCE, referral.id(), patient, AuditOutcome.SUCCESS,
                status.toLowerCase());
    }

    private IncomingReferral find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM incoming_referral WHERE clinic_id = :c AND id = :id")
                .param("c", ClinicScope.require()).param("id", id).query(ReferralInbox::row).optional()
                .orElse(null);
    }

    private static IncomingReferral row(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        String sex = rs.getString("patient_sex");
        return new IncomingReferral(rs.getObject("id", UUID.class), rs.getTimestamp("received_at").toInstant(),
                rs.getString("patient_family_name"), rs.getString("patient_given_name"),
                rs.getObject("patient_birth_date", java.time.LocalDate.class), sex == null ? null : Sex.valueOf(sex),
                rs.getString("referrer_name"), rs.getString("referrer_npi"), rs.getString("reason"),
                rs.getString("status"), rs.getObject("filed_patient_id", UUID.class),
                rs.getString("decided_by_name"), decided == null ? null : decided.toInstant(),
                rs.getString("decline_reason"));
    }
}
