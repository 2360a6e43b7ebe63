package org.rhomboid.patient;

import java.util.List;
import java.util.UUID;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.patient.domain.SearchTerms;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, finding and correcting patients. Each call writes its audit event in the same transaction;
 * a miss or a stale edit is audited too, which is why those exceptions do not roll back.
 */
@Service
@Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class})
public class PatientService {

    public static final String RESOURCE = "Patient";
    public static final int SEARCH_LIMIT = 50;

    private final PatientRepository patients;
    private final AuditLog audit;
    private final RestrictedRecords restricted;

    PatientService(PatientRepository patients, AuditLog audit, RestrictedRecords restricted) {
        this.restricted = restricted;
        this.patients = patients;
        this.audit = audit;
    }

    public Patient register(PatientDetails input) {
        UUID clinic = ClinicScope.require();
        PatientDetails details = input.normalized();
        if (details.mrn() != null && patients.mrnTaken(clinic, details.mrn(), null)) {
            throw new FieldProblemException("mrn", "MRN " + details.mrn() + " already belongs to another patient");
        }
        String mrn = details.mrn();
        while (mrn == null || patients.mrnTaken(clinic, mrn, null)) {
            mrn = patients.nextMrn(clinic);
        }
        UUID id = UUID.randomUUID();
        patients.insert(clinic, id, details.withMrn(mrn));
        audit.record(AuditAction.CREATE, RESOURCE, id, id, AuditOutcome.SUCCESS);
        return patients.find(clinic, id).orElseThrow();
    }

    public Patient get(UUID id) {
        UUID clinic = ClinicScope.require();
        Patient patient = patients.find(clinic, id).orElse(null);
        audit.record(AuditAction.READ, RESOURCE, id, id, patient == null ? AuditOutcome.NOT_FOUND : AuditOutcome.SUCCESS);
        if (patient == null) {
            throw new NotFoundException(RESOURCE);
        }
        restricted.requireAccess(id);
        return patient;
    }

    /** Refuses a restricted record to whoever is not on its care team (EMERGENCY-ACCESS). */
    public void requireAccess(UUID patientId) {
        restricted.requireAccess(patientId);
    }

    public Patient correct(UUID id, PatientDetails input) {
        UUID clinic = ClinicScope.require();
        PatientDetails details = input.normalized();
        Patient current = patients.find(clinic, id).orElse(null);
        if (current == null) {
            audit.record(AuditAction.UPDATE, RESOURCE, id, id, AuditOutcome.NOT_FOUND);
            throw new NotFoundException(RESOURCE);
        }
        String mrn = details.mrn() == null ? current.mrn() : details.mrn();
        if (patients.mrnTaken(clinic, mrn, id)) {
            throw new FieldProblemException("mrn", "MRN " + mrn + " already belongs to another patient");
        }
        // An edit that does not say which version it started from applies to the current one.
        int version = details.version() == null ? current.version() : details.version();
        PatientDetails update = details.withMrn(mrn).withVersion(version);
        if (!patients.update(clinic, id, update)) {
            audit.record(AuditAction.UPDATE, RESOURCE, id, id, AuditOutcome.CONFLICT);
            throw new ConflictException("Someone else saved changes to this patient while you were editing. "
                    + "Reload to see their changes, then apply yours again.");
        }
        audit.record(AuditAction.UPDATE, RESOURCE, id, id, AuditOutcome.SUCCESS);
        return patients.find(clinic, id).orElseThrow();
    }

    /**
     * One search box: name prefixes, a date of birth, an MRN, or a mix. An empty query lists recent patients; a query
     * with nothing searchable in it ("%%%", "***") matches no one rather than listing everyone.
     */
    public List<Patient> search(String query) {
        UUID clinic = ClinicScope.require();
        SearchTerms terms = SearchTerms.parse(query);
        boolean blank = query == null || query.isBlank();
        List<Patient> found = blank ? patients.recentlyUpdated(clinic, 20)
                : terms.isEmpty() ? List.of()
                : patients.search(clinic, terms, SEARCH_LIMIT);
        // Which patients were shown, by id (the terms are patient data and are not kept).
        audit.recordShown(AuditAction.SEARCH, RESOURCE, found.stream().map(Patient::id).toList(),
                blank ? "recent patients" : "search");
        return found;
    }
}
