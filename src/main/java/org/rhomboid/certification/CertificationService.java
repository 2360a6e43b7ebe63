package org.rhomboid.certification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.evaluation.EvaluationRecord;
import org.rhomboid.evaluation.EvaluationService;
import org.rhomboid.outside.OutsideDocument;
import org.rhomboid.outside.OutsideDocuments;
import org.rhomboid.outside.domain.DocumentKind;
import org.rhomboid.outside.domain.DocumentUpload;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.domain.CertificationForm;
import org.rhomboid.plan.domain.CertificationRecord;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification of a signed plan of care: the returned signature (or verbal order, or the plan sent under the
 * 2025 referral rule) recorded for the initial period, and recertification periods after a progress report, a
 * re-evaluation or an amended plan. The signed plan itself never changes: each record is inserted, never updated.
 */
@Service
@Transactional(noRollbackFor = {NotFoundException.class, ConflictException.class})
public class CertificationService {

    /**
     * What the certification page shows.
     *
     * @param documents the patient's documents the signed-in user may attach (not entered in error)
     */
    public record Page(Episode episode, Patient patient, PlanOfCare plan, EvaluationRecord evaluation,
                       CertificationTimeline timeline, List<OutsideDocument> documents) {}

    /** The scanned signed plan: one of the patient's documents, or a file uploaded with the form. */
    public record Scan(String documentId, String fileName, byte[] bytes) {
        public static final Scan NONE = new Scan(null, null, null);

        boolean uploaded() {
            return bytes != null && bytes.length > 0;
        }

        boolean chosen() {
            return documentId != null && !documentId.isBlank();
        }
    }

    /** The outcome of recording: the problems by field, or the record stored. */
    public record Recorded(Map<String, String> errors, CertificationRecord record) {
        public boolean stored() {
            return errors.isEmpty();
        }
    }

    private final EpisodeService episodes;
    private final PatientService patients;
    private final EvaluationService evaluations;
    private final PlanService plans;
    private final OutsideDocuments documents;

    private final ClinicDates clinicDates;

    CertificationService(EpisodeService episodes, PatientService patients, EvaluationService evaluations,
                         PlanService plans, OutsideDocuments documents, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.documents = documents;
        this.episodes = episodes;
        this.patients = patients;
        this.evaluations = evaluations;
        this.plans = plans;
    }

    public Page page(UUID episodeId, LocalDate today) {
        Episode episode = episodes.get(episodeId);
        EvaluationRecord evaluation = evaluations.signed(episode).orElseThrow(() -> new ConflictException(
                "The initial evaluation is not signed yet: its plan of care is certified once it is signed."));
        PlanOfCare plan = plans.plan(episode).orElseThrow(() -> new ConflictException("The episode has no plan of care."));
        Patient patient = patients.get(episode.patientId());
        return new Page(episode, patient, plan, evaluation,
                plans.certification(episode, plan, evaluation.evaluatedOn(), today),
                documents.ofPatient(patient).stream().filter(d -> !d.enteredInError()).toList());
    }

    /**
     * Checks and stores a record. A recertification (a new period of the plan) is the physical therapist's
     * decision; the returned signature of a period may be recorded by whoever receives it.
     *
     * @param scan the scanned signed plan: chosen among the patient's documents, or uploaded and filed to the chart
     */
    public Recorded record(UUID episodeId, CertificationForm form, Scan scan, LocalDate today) {
        Page page = page(episodeId, today);
        CertificationForm.Checked checked = form.check(new CertificationForm.Context(today, page.plan(),
                page.evaluation().evaluatedOn(), clinicDates.words()));
        Map<String, String> errors = new LinkedHashMap<>(checked.errors());
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        if (checked.valid() && checked.draft().reason().recertification() && !me.has(Role.PT)) {
            errors.put("reason", "A recertification is the physical therapist’s plan: ask the treating therapist to"
                    + " record it.");
        }
        UUID documentId = scan.chosen() ? chosen(scan.documentId(), page, errors) : null;
        if (scan.uploaded()) {
            DocumentUpload.Checked file = DocumentUpload.check(scan.fileName(), scan.bytes());
            if (!file.accepted()) {
                errors.putIfAbsent("file", file.problem());
            } else if (scan.chosen()) {
                errors.putIfAbsent("file", "Choose a document of the chart or upload one, not both");
            }
        }
        if (!errors.isEmpty()) {
            return new Recorded(Map.copyOf(errors), null);
        }
        CertificationForm.Draft d = checked.draft();
        if (scan.uploaded()) {
            LocalDate dated = d.signedOn() != null ? d.signedOn() : d.receivedOn() != null ? d.receivedOn() : today;
            OutsideDocuments.Filed filed = documents.upload(page.patient().id(), new OutsideDocuments.Upload(
                    DocumentKind.SIGNED_PLAN_OF_CARE, dated, episodeId, d.reason().label() + ", signed plan of care",
                    scan.fileName(), scan.bytes()));
            if (!filed.filed()) {
                Map<String, String> fileErrors = new LinkedHashMap<>();
                filed.errors().forEach((field, message) -> fileErrors.putIfAbsent("file", message));
                return new Recorded(Map.copyOf(fileErrors), null);
            }
            documentId = filed.id();
        }
        CertificationRecord record = new CertificationRecord(UUID.randomUUID(), d.periodStart(), d.periodEnd(),
                d.reason(), d.frequencyPerWeek(), d.method(), d.practitionerName(), d.practitionerNpi(), d.signedOn(),
                d.receivedOn(), d.verbalOrderOn(), d.planSentOn(), documentId, d.note(), me.displayName(),
                OffsetDateTime.now());
        plans.recordCertification(page.episode(), record);
        return new Recorded(Map.of(), record);
    }

    /** A document the page offered (this patient's, visible to the user, not entered in error), else an error. */
    private UUID chosen(String raw, Page page, Map<String, String> errors) {
        try {
            UUID id = UUID.fromString(raw.strip());
            if (page.documents().stream().anyMatch(d -> d.id().equals(id))) {
                return id;
            }
        } catch (IllegalArgumentException notAnId) {
            // Reported beside the field like any other choice the page does not offer.
        }
        errors.putIfAbsent("documentId", "Choose one of the patient’s documents, or none");
        return null;
    }
}
