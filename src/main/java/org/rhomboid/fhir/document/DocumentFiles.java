package org.rhomboid.fhir.document;

import java.util.UUID;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.evaluation.EvaluationPdfs;
import org.rhomboid.fhir.FhirAudit;
import org.rhomboid.hep.HandoutPdfs;
import org.rhomboid.letter.LetterKind;
import org.rhomboid.letter.LetterPdfs;
import org.rhomboid.visit.NotePdfs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A document's PDF, from the service that makes it for the web pages (never rendered a second way here). */
@Component
class DocumentFiles {

    record File(DocumentRow document, byte[] bytes) {}

    private final DocumentRecords records;
    private final NotePdfs notes;
    private final EvaluationPdfs evaluations;
    private final LetterPdfs letters;
    private final HandoutPdfs handouts;
    private final ClinicDates dates;
    private final FhirAudit audit;

    DocumentFiles(DocumentRecords records, NotePdfs notes, EvaluationPdfs evaluations, LetterPdfs letters,
                  HandoutPdfs handouts, ClinicDates dates, FhirAudit audit) {
        this.records = records;
        this.notes = notes;
        this.evaluations = evaluations;
        this.letters = letters;
        this.handouts = handouts;
        this.dates = dates;
        this.audit = audit;
    }

    @Transactional
    public File pdf(String id) {
        DocumentRow row = records.require(id);
        UUID episode = row.episodeId();
        byte[] bytes = switch (row.kind()) {
            case INITIAL_EVALUATION -> evaluations.render(episode);
            case DAILY_NOTE, PROGRESS_REPORT, RE_EVALUATION, DISCHARGE_SUMMARY -> notes.render(row.noteId());
            case LETTER_PLAN_OF_CARE -> letters.render(episode, LetterKind.PLAN_OF_CARE, dates.today());
            case LETTER_PROGRESS -> letters.render(episode, LetterKind.PROGRESS, dates.today());
            case LETTER_DISCHARGE -> letters.render(episode, LetterKind.DISCHARGE, dates.today());
            case HEP_HANDOUT -> handouts.render(episode, dates.today());
        };
        audit.read("Binary", row.auditId(), row.patientId());
        return new File(row, bytes);
    }
}
