package org.rhomboid.coverage;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.coverage.domain.Coverage;
import org.rhomboid.coverage.domain.CoverageForm;
import org.rhomboid.coverage.domain.CoveragesInForce;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.payer.PayerDirectory;
import org.rhomboid.payer.domain.PayerProfile;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's coverages: listed, added and corrected by whoever keeps demographics; and, for the claims, the ones in
 * force on a date of service in billing order. Every read and change is audited against the patient.
 */
@Service
@Transactional
public class Coverages {

    public static final String RESOURCE = "Coverage";
    /** Two people saved a coverage of one rank for the same days at the same moment: the database kept the first. */
    private static final String SAVED_AT_ONCE = "Another coverage of this rank was just saved for these dates";

    public record Overview(Patient patient, List<Coverage> coverages, CoveragesInForce.OnDay today,
                           Map<UUID, String> payers) {}

    public record Saved(UUID id, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** A coverage changed, or refused with the errors: with the coverage as it was read, to go back to its page. */
    public record Changed(Coverage coverage, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final CoverageRepository repository;
    private final PatientService patients;
    private final PayerDirectory payers;
    private final AuditLog audit;
    private final ClinicDates clinicDates;

    Coverages(CoverageRepository repository, PatientService patients, PayerDirectory payers, AuditLog audit,
              ClinicDates clinicDates) {
        this.repository = repository;
        this.patients = patients;
        this.payers = payers;
        this.audit = audit;
        this.clinicDates = clinicDates;
    }

    public Overview overview(UUID patientId) {
        Patient patient = patients.get(patientId);
        List<Coverage> all = repository.ofPatient(ClinicScope.require(), patientId);
        audit.record(AuditAction.READ, RESOURCE, patientId, patientId, AuditOutcome.SUCCESS);
        return new Overview(patient, all, CoveragesInForce.on(all, clinicDates.today()), choices(null));
    }

    /** The coverages in force on a date of service, primary first, or why there is none to bill. */
    @Transactional(readOnly = true)
    public CoveragesInForce.OnDay inForceOn(UUID patientId, LocalDate day) {
        return CoveragesInForce.on(repository.ofPatient(ClinicScope.require(), patientId), day);
    }

    /**
     * The coverages of these patients, by patient, for the claims; a patient with none on file is absent. The caller
     * audits the documents it judges against each patient.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Coverage>> ofPatients(java.util.Collection<UUID> patientIds) {
        return repository.ofPatients(ClinicScope.require(), patientIds);
    }

    public Coverage find(UUID coverageId) {
        Coverage c = repository.find(ClinicScope.require(), coverageId).orElseThrow(() -> {
            audit.record(AuditAction.READ, RESOURCE, coverageId, null, AuditOutcome.NOT_FOUND);
            return new NotFoundException(RESOURCE);
        });
        patients.requireAccess(c.patientId());
        audit.record(AuditAction.READ, RESOURCE, coverageId, c.patientId(), AuditOutcome.SUCCESS);
        return c;
    }

    /** Payers that may be chosen: those in use, and the coverage's own (even retired) when correcting one. */
    public Map<UUID, String> choices(Coverage current) {
        Map<UUID, String> choices = new LinkedHashMap<>();
        for (PayerProfile p : payers.inUse()) {
            choices.put(p.id(), p.name());
        }
        if (current != null) {
            choices.putIfAbsent(current.payerId(), current.payerName() + " (retired)");
        }
        return choices;
    }

    public Saved add(UUID patientId, Map<String, List<String>> form) {
        patients.get(patientId);
        UUID clinic = ClinicScope.require();
        CoverageForm.Checked checked = CoverageForm.check(form, UUID.randomUUID(), patientId, choices(null),
                repository.ofPatient(clinic, patientId), clinicDates.today());
        if (!checked.valid()) {
            return new Saved(null, checked.errors());
        }
        if (!repository.insert(clinic, checked.coverage(), StaffPrincipal.currentUserId())) {
            audit.record(AuditAction.CREATE, RESOURCE, checked.coverage().id(), patientId, AuditOutcome.CONFLICT);
            return new Saved(null, Map.of("rank", SAVED_AT_ONCE));
        }
        audit.record(AuditAction.CREATE, RESOURCE, checked.coverage().id(), patientId, AuditOutcome.SUCCESS);
        return new Saved(checked.coverage().id(), Map.of());
    }

    public Changed change(UUID coverageId, Map<String, List<String>> form) {
        Coverage before = find(coverageId);
        UUID clinic = ClinicScope.require();
        CoverageForm.Checked checked = CoverageForm.check(form, coverageId, before.patientId(), choices(before),
                repository.ofPatient(clinic, before.patientId()), clinicDates.today());
        if (!checked.valid()) {
            return new Changed(before, checked.errors());
        }
        if (!repository.update(clinic, checked.coverage(), StaffPrincipal.currentUserId())) {
            audit.record(AuditAction.UPDATE, RESOURCE, coverageId, before.patientId(), AuditOutcome.CONFLICT);
            return new Changed(before, Map.of("rank", SAVED_AT_ONCE));
        }
        audit.record(AuditAction.UPDATE, RESOURCE, coverageId, before.patientId(), AuditOutcome.SUCCESS);
        return new Changed(checked.coverage(), Map.of());
    }
}
