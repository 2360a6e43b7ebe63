package org.rhomboid.fhir.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One document: its FHIR id (the note's id, or "{episodeId}.{suffix}" for a letter or the handout), what it is,
 * whose, when, who wrote it and who authenticated it (the co-signer of an assistant's note, else its author; none
 * while an assistant's note awaits co-signature or for a handout).
 */
record DocumentRow(String id, DocumentKind kind, UUID patientId, UUID episodeId, UUID noteId, LocalDate onDate,
                   OffsetDateTime at, UUID authorId, String authorName, UUID signerId, String signerName,
                   String status) {

    /** The row that stands for it in the audit trail: the note, else the episode. */
    UUID auditId() {
        return noteId != null && kind.isNote() ? noteId : episodeId;
    }
}
