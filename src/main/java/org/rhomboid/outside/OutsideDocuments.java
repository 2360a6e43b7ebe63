package org.rhomboid.outside;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.outside.domain.DocumentDetails;
import org.rhomboid.outside.domain.DocumentForm;
import org.rhomboid.outside.domain.DocumentKind;
import org.rhomboid.outside.domain.DocumentUpload;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents that reach the clinic from outside — referrals, imaging reports, signed plans, physician letters —
 * filed to the patient's chart. Every role may file one; clinicians, billers and administrators see all of a
 * patient's documents, the front desk only those it filed itself (it handles paper, not clinical content). Every
 * list, view, download, upload and mark is audited; a document is never changed, only marked "entered in error".
 */
@Service
@Transactional(noRollbackFor = {NotFoundException.class, AccessDeniedException.class})
public class OutsideDocuments {

    public static final String RESOURCE = "OutsideDocument";
    /** Roles that read clinical records, and so every document of a patient. */
    private static final Set<Role> READ_ALL = EnumSet.of(Role.PT, Role.PTA, Role.BILLER, Role.CLINIC_ADMIN);
    /** Besides whoever filed it, who may mark a document entered in error. */
    private static final Set<Role> MARK_ANY = EnumSet.of(Role.PT, Role.CLINIC_ADMIN);
    private static final int REASON_LIMIT = 500;

    public record Upload(DocumentKind kind, LocalDate documentDate, UUID episodeId, String note, String fileName,
                         byte[] bytes) {}

    /** The filed document's id, or the problems by field name, nothing filed. */
    public record Filed(UUID id, Map<String, String> errors) {
        public boolean filed() {
            return id != null;
        }
    }

    /** A document's bytes for serving, with the details that say how. */
    public record Content(OutsideDocument document, byte[] bytes) {}

    private final OutsideDocumentRepository documents;
    private final PatientService patients;
    private final EpisodeService episodes;
    private final AuditLog audit;

    private final ClinicDates clinicDates;

    OutsideDocuments(OutsideDocumentRepository documents, PatientService patients, EpisodeService episodes,
                     AuditLog audit, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.documents = documents;
        this.patients = patients;
        this.episodes = episodes;
        this.audit = audit;
    }

    /** Checks and files; errors by field name ("kind", "documentDate", "episodeId", "note", "file"). */
    public Filed upload(UUID patientId, Upload upload) {
        return file(patientId, new DocumentDetails(upload.kind(), upload.documentDate(), upload.episodeId(),
                upload.note()), Map.of(), upload.fileName(), upload.bytes());
    }

    /** The upload form as typed (see {@link DocumentForm}), checked and filed like {@link #upload}. */
    public Filed uploadForm(UUID patientId, Map<String, List<String>> fields, String fileName, byte[] bytes) {
        DocumentForm.Read read = DocumentForm.read(fields);
        return file(patientId, read.details(), read.errors(), fileName, bytes);
    }

    private Filed file(UUID patientId, DocumentDetails details, Map<String, String> unreadable, String fileName,
                       byte[] bytes) {
        UUID clinic = ClinicScope.require();
        Patient patient = patients.get(patientId);
        StaffPrincipal me = StaffPrincipal.current()
                .orElseThrow(() -> new IllegalStateException("Only a member of staff files documents"));
        Map<String, String> errors = new LinkedHashMap<>(unreadable);
        details.problems(patient.birthDate(), clinicDates.today()).forEach(errors::putIfAbsent);
        if (details.episodeId() != null && episodes.of(patient).stream().map(Episode::id)
                .noneMatch(details.episodeId()::equals)) {
            errors.putIfAbsent("episodeId", "Choose one of the patient’s episodes, or none");
        }
        DocumentUpload.Checked checked = DocumentUpload.check(fileName, bytes);
        if (!checked.accepted()) {
            errors.put("file", checked.problem());
        }
        if (!errors.isEmpty()) {
            return new Filed(null, java.util.Collections.unmodifiableMap(errors));
        }
        UUID id = UUID.randomUUID();
        documents.insert(clinic, id, patient.id(), details, checked.label(), checked.kind().contentType(), bytes,
                sha256(bytes), me.userId(), me.displayName());
        audit.record(AuditAction.CREATE, RESOURCE, id, patient.id(), AuditOutcome.SUCCESS);
        return new Filed(id, Map.of());
    }

    /** The patient's documents the signed-in user may see, newest first (audited). */
    public List<OutsideDocument> ofPatient(UUID patientId) {
        return ofPatient(patients.get(patientId));
    }

    /** The same, for a caller that has already read (and so audited) the patient, like the chart. */
    public List<OutsideDocument> ofPatient(Patient patient) {
        List<OutsideDocument> found = documents.ofPatient(ClinicScope.require(), patient.id(), onlyFiledBy());
        audit.record(AuditAction.READ, RESOURCE, null, patient.id(), AuditOutcome.SUCCESS);
        return found;
    }

    /** One document's details, 404 (NotFoundException) when not in this clinic or not visible to the caller. */
    public OutsideDocument find(UUID documentId) {
        OutsideDocument document = visible(documentId, AuditAction.READ);
        audit.record(AuditAction.READ, RESOURCE, documentId, document.patientId(), AuditOutcome.SUCCESS);
        return document;
    }

    /** The document with its bytes, to view or download (audited like any read of the chart). */
    public Content content(UUID documentId) {
        OutsideDocument document = visible(documentId, AuditAction.READ);
        byte[] bytes = documents.bytes(ClinicScope.require(), documentId);
        audit.record(AuditAction.READ, RESOURCE, documentId, document.patientId(), AuditOutcome.SUCCESS);
        return new Content(document, bytes);
    }

    /**
     * Marks a document filed by mistake (wrong patient, wrong file): it stays in the chart, struck through with the
     * reason. A physical therapist, an administrator or whoever filed it may.
     */
    public OutsideDocument markEnteredInError(UUID documentId, String reason) {
        UUID clinic = ClinicScope.require();
        OutsideDocument document = visible(documentId, AuditAction.UPDATE);
        StaffPrincipal me = StaffPrincipal.current()
                .orElseThrow(() -> new IllegalStateException("Only a member of staff marks documents"));
        if (!me.hasAny(MARK_ANY) && !me.userId().equals(document.uploadedBy())) {
            audit.record(AuditAction.UPDATE, RESOURCE, documentId, document.patientId(), AuditOutcome.DENIED);
            throw new AccessDeniedException("Only a physical therapist, an administrator or the uploader");
        }
        String why = reason == null ? "" : reason.strip();
        if (document.enteredInError()) {
            throw new FieldProblemException("reason", "This document is already marked entered in error");
        }
        if (why.isEmpty()) {
            throw new FieldProblemException("reason", "Say why it was entered in error, e.g. “wrong patient”");
        }
        if (why.length() > REASON_LIMIT) {
            throw new FieldProblemException("reason", "Use at most " + REASON_LIMIT + " characters");
        }
        documents.markEnteredInError(clinic, documentId, why, me.userId(), me.displayName());
        audit.record(AuditAction.UPDATE, RESOURCE, documentId, document.patientId(), AuditOutcome.SUCCESS);
        return document;
    }

    /** The document if it is this clinic's and the caller may see it; otherwise audited and 404. */
    private OutsideDocument visible(UUID documentId, AuditAction action) {
        OutsideDocument document = documents.find(ClinicScope.require(), documentId).orElse(null);
        if (document == null) {
            audit.record(action, RESOURCE, documentId, null, AuditOutcome.NOT_FOUND);
            throw new NotFoundException(RESOURCE);
        }
        UUID onlyFiledBy = onlyFiledBy();
        if (onlyFiledBy != null && !onlyFiledBy.equals(document.uploadedBy())) {
            // Someone else's document is, to the front desk, as if it did not exist; the trail says why.
            audit.record(action, RESOURCE, documentId, document.patientId(), AuditOutcome.DENIED);
            throw new NotFoundException(RESOURCE);
        }
        return document;
    }

    /** Null when the caller sees every document (clinical readers, the system); else the caller's own id. */
    private static UUID onlyFiledBy() {
        return StaffPrincipal.current().filter(me -> !me.hasAny(READ_ALL)).map(StaffPrincipal::userId).orElse(null);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
