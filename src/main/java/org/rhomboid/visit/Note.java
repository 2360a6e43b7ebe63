package org.rhomboid.visit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.visit.domain.Clinician;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.NoteStatus;

/**
 * A stored note. A draft keeps the raw form as typed; a signed note keeps its canonical content (the exact text
 * that was hashed) and the hash.
 *
 * @param separateSessionReason for a second daily note on one day: why it is a separate session; else null
 * @param duplicateOf           a second daily note of the day signed before duplicates were refused: the first one
 */
public record Note(UUID id, UUID episodeId, UUID patientId, NoteKind kind, LocalDate visitDate, NoteStatus status,
                   Map<String, List<String>> draft, String content, String contentHash, UUID authorId,
                   String authorName, Clinician authorRole, OffsetDateTime signedAt, UUID cosignedBy,
                   String cosignerName, OffsetDateTime cosignedAt, OffsetDateTime createdAt,
                   String separateSessionReason, UUID duplicateOf) {

    public boolean draftOpen() {
        return status == NoteStatus.DRAFT;
    }

    /** An addendum, as signed. */
    public record Addendum(UUID id, String text, String authorName, OffsetDateTime signedAt, String contentHash) {}
}
