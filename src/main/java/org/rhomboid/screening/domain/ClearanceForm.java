package org.rhomboid.screening.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.FormReader;

/**
 * The "Record the outcome" form of one concern, as typed: how it was resolved, the date of the result, what the
 * result showed, and the report — one already filed ({@code documentId}) or a file uploaded with the form.
 */
public final class ClearanceForm {

    public static final int NOTE_LIMIT = 1000;

    public record Checked(ClearanceMethod method, LocalDate resultDate, String note, UUID documentId,
                          Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private ClearanceForm() {
    }

    /**
     * @param level    the concern's level now, which a re-screen may not clear when urgent or worse
     * @param onset    when the episode's problem began: no result from before it can clear this concern
     * @param withFile whether a report was uploaded with the form
     */
    public static Checked check(Map<String, List<String>> fields, Disposition level, LocalDate onset, LocalDate today, DateWords words,
                                boolean withFile) {
        FormReader form = new FormReader(fields);
        ClearanceMethod method = form.choice("method", ClearanceMethod.class);
        if (form.value("method").isEmpty()) {
            form.error("method", "Choose how the concern was resolved");
        } else if (method != null && !method.mayClear(level)) {
            form.error("method", "An urgent or emergency concern is cleared by imaging or a physician’s clearance, "
                    + "not by a re-screen");
        }
        LocalDate date = form.date("resultDate", onset, today, today.isBefore(onset) ? "Check the date of the result"
                : "The result must be dated between the onset (" + words.day(onset) + ") and today");
        if (form.value("resultDate").isEmpty()) {
            form.error("resultDate", "Give the date of the result");
        }
        String note = form.text("note", NOTE_LIMIT);
        if (note.isEmpty()) {
            form.error("note", "Write what the result showed, e.g. “MRI: no fracture; Dr Brooks clears treatment”");
        }
        UUID document = null;
        String rawDocument = form.value("documentId");
        if (!rawDocument.isEmpty()) {
            try {
                document = UUID.fromString(rawDocument);
            } catch (IllegalArgumentException notAnId) {
                form.error("documentId", "Choose one of the patient’s documents, or none");
            }
            if (withFile) {
                form.error("file", "Choose a filed report or upload one, not both");
            }
        }
        return new Checked(method, date, note, document, Map.copyOf(form.errors()));
    }
}
