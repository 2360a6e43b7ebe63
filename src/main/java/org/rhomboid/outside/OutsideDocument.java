package org.rhomboid.outside;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.rhomboid.outside.domain.DocumentKind;

/**
 * A document filed to a patient's chart from outside the clinic (a referral, an imaging report, a signed plan, a
 * physician's letter…), without its bytes. {@code fileName} is the sender's name for it, a label only;
 * {@code errorReason} is null unless someone marked it "entered in error".
 */
public record OutsideDocument(UUID id, UUID patientId, UUID episodeId, DocumentKind kind, LocalDate documentDate,
                              String note, String fileName, String contentType, int sizeBytes, UUID uploadedBy,
                              String uploadedByName, OffsetDateTime uploadedAt, String errorReason) {

    public boolean enteredInError() {
        return errorReason != null;
    }

    public boolean image() {
        return contentType.startsWith("image/");
    }

    /** The size for people: "240 KB", "3.4 MB". */
    public String size() {
        if (sizeBytes < 1024 * 1024) {
            return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
