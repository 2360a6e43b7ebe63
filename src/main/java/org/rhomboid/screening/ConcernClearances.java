package org.rhomboid.screening;

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
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.outside.OutsideDocument;
import org.rhomboid.outside.OutsideDocuments;
import org.rhomboid.outside.domain.DocumentKind;
import org.rhomboid.outside.domain.DocumentUpload;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.screening.domain.ClearanceForm;
import org.rhomboid.screening.domain.ClearanceMethod;
import org.rhomboid.screening.domain.Concern;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records how a red-flag concern ended — cleared by imaging, a physician's clearance or the therapist's re-screen —
 * with the report it rests on (a document already in the chart, or one uploaded with the form and filed there),
 * then screens the episode again, so the banner, the plan's and home exercise's safety checks and new documents
 * all see what is current (CLEARANCE in docs/clinical-sources.md). Insert-only: the history is kept.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class ConcernClearances {

    public static final String RESOURCE = "ConcernClearance";

    /** The clearance recorded, or the problems by field name ("condition", "method", "resultDate", "note",
     *  "documentId", "file"), nothing recorded. */
    public record Recorded(UUID id, Map<String, String> errors) {
        public boolean recorded() {
            return id != null;
        }
    }

    private final ScreeningService screening;
    private final ScreeningRepository screenings;
    private final ClearanceRepository clearances;
    private final EpisodeService episodes;
    private final PatientService patients;
    private final OutsideDocuments documents;
    private final AuditLog audit;

    private final ClinicDates clinicDates;

    ConcernClearances(ScreeningService screening, ScreeningRepository screenings, ClearanceRepository clearances,
                      EpisodeService episodes, PatientService patients, OutsideDocuments documents, AuditLog audit, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.screening = screening;
        this.screenings = screenings;
        this.clearances = clearances;
        this.episodes = episodes;
        this.patients = patients;
        this.documents = documents;
        this.audit = audit;
    }

    /**
     * Records the outcome of the episode's open concern about {@code condition}, from the form as typed and an
     * optional uploaded report ({@code bytes} null or empty when none).
     */
    public Recorded record(UUID episodeId, String condition, Map<String, List<String>> fields, String fileName,
                           byte[] bytes) {
        UUID clinic = ClinicScope.require();
        Episode episode = episodes.get(episodeId);
        Patient patient = patients.get(episode.patientId());
        List<ScreeningRecord> history = screenings.history(clinic, episodeId);
        Concern concern = history.isEmpty() ? null : history.get(0).result().concerns().stream()
                .filter(c -> c.condition().name().equals(condition)).findFirst().orElse(null);
        if (concern == null) {
            return refused(Map.of("condition", "This concern is not open any more; the page has been refreshed"));
        }
        boolean withFile = bytes != null && bytes.length > 0;
        LocalDate today = clinicDates.today();
        ClearanceForm.Checked form = ClearanceForm.check(fields, concern.level(), episode.onsetDate(), today, clinicDates.words(), withFile);
        Map<String, String> errors = new LinkedHashMap<>(form.errors());
        String report = null;
        if (form.documentId() != null) {
            report = filedReport(form.documentId(), patient.id(), errors);
        }
        if (withFile) {
            DocumentUpload.Checked file = DocumentUpload.check(fileName, bytes);
            if (!file.accepted()) {
                errors.putIfAbsent("file", file.problem());
            }
        }
        if (!errors.isEmpty()) {
            return refused(errors);
        }
        UUID documentId = form.documentId();
        if (withFile) {
            DocumentKind kind = kindOf(form.method());
            OutsideDocuments.Filed filed = documents.upload(patient.id(), new OutsideDocuments.Upload(kind,
                    form.resultDate(), episodeId, "Report for the " + concern.condition().label().toLowerCase()
                    + " outcome", fileName, bytes));
            if (!filed.filed()) {
                // The form's own checks passed; what is left concerns the file (or its date, the result's date).
                filed.errors().forEach((field, message) -> errors.putIfAbsent(
                        field.equals("documentDate") ? "resultDate" : "file", message));
                return refused(errors);
            }
            documentId = filed.id();
            report = describe(kind, form.resultDate());
        }
        StaffPrincipal me = StaffPrincipal.current()
                .orElseThrow(() -> new IllegalStateException("Only a therapist records a concern's outcome"));
        ConcernClearance clearance = new ConcernClearance(UUID.randomUUID(), history.get(0).id(),
                concern.condition(), concern.level(), concern.findings(), form.method(), form.resultDate(),
                form.note(), documentId, report, me.displayName(), null);
        clearances.insert(clinic, episodeId, clearance, me.userId());
        audit.record(AuditAction.CREATE, RESOURCE, clearance.id(), patient.id(), AuditOutcome.SUCCESS);
        screening.rescreen(episode, patient, FindingSource.CLEARANCE, clearance.id());
        return new Recorded(clearance.id(), Map.of());
    }

    /** The chosen report, described for people; a problem beside the field when it isn't one the form offers. */
    private String filedReport(UUID documentId, UUID patientId, Map<String, String> errors) {
        try {
            OutsideDocument document = documents.find(documentId);
            if (document.patientId().equals(patientId) && !document.enteredInError()) {
                return describe(document.kind(), document.documentDate());
            }
        } catch (NotFoundException notVisible) {
            // Reported beside the field like any other choice that isn't offered.
        }
        errors.putIfAbsent("documentId", "Choose one of the patient’s documents, or none");
        return null;
    }

    /** What an uploaded report is filed as. */
    static DocumentKind kindOf(ClearanceMethod method) {
        return switch (method) {
            case IMAGING -> DocumentKind.IMAGING_REPORT;
            case PHYSICIAN_CLEARANCE -> DocumentKind.PHYSICIAN_LETTER;
            case RESCREEN -> DocumentKind.OTHER;
        };
    }

    private String describe(DocumentKind kind, LocalDate date) {
        return kind.label() + ", " + clinicDates.day(date);
    }

    private static Recorded refused(Map<String, String> errors) {
        return new Recorded(null, Map.copyOf(errors));
    }
}
