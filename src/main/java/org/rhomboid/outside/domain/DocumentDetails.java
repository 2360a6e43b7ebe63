package org.rhomboid.outside.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the person filing a document says about it: its kind, the date written on it, the episode it belongs to
 * (optional: an insurance card belongs to no episode), and a note.
 */
public record DocumentDetails(DocumentKind kind, LocalDate documentDate, UUID episodeId, String note) {

    public static final int NOTE_LIMIT = 1000;

    public DocumentDetails {
        note = note == null ? "" : note.strip();
    }

    /**
     * Problems by field name ("kind", "documentDate", "note"). The date on a document can't be in the future, nor
     * before the patient was born.
     */
    public Map<String, String> problems(LocalDate birthDate, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            problems.put("kind", "Choose what kind of document this is");
        }
        if (documentDate == null) {
            problems.put("documentDate", "Give the date written on the document");
        } else if (documentDate.isAfter(today)) {
            problems.put("documentDate", "The date on the document can’t be in the future");
        } else if (birthDate != null && documentDate.isBefore(birthDate)) {
            problems.put("documentDate", "The date on the document can’t be before the patient’s birth");
        }
        if (note.length() > NOTE_LIMIT) {
            problems.put("note", "Use at most " + NOTE_LIMIT + " characters");
        }
        return problems;
    }
}
