package org.rhomboid.visit.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A signed note is never edited; a correction or late entry is an addendum, dated and signed by the note's
 * author, shown under the note (ADDENDUM). An assistant may add one to their own daily note only.
 */
public final class Addendum {

    public static final int TEXT_LIMIT = 4000;

    /** Messages by field: "addendum" when it may not be added at all, "text" for the text. */
    public record Check(String text, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private Addendum() {
    }

    public static Check check(NoteKind kind, NoteStatus status, UUID author, Signer writer, String rawText) {
        Map<String, String> errors = new LinkedHashMap<>();
        String kindName = kind.label().toLowerCase(java.util.Locale.ROOT);
        if (status != NoteStatus.SIGNED) {
            errors.put("addendum", status == NoteStatus.DRAFT
                    ? "This " + kindName + " is a draft: change it directly instead of adding an addendum"
                    : "This " + kindName + " awaits co-signature: add the addendum once it is signed");
        } else if (!writer.id().equals(author)) {
            errors.put("addendum", "Only the author of this " + kindName + " can add an addendum");
        } else if (writer.role() == Clinician.PTA && kind != NoteKind.DAILY_NOTE) {
            errors.put("addendum", "A physical therapist assistant can add an addendum to their own daily note only");
        }
        String text = rawText == null ? "" : rawText.strip();
        if (text.isEmpty()) {
            errors.put("text", "Write the addendum");
        } else if (text.length() > TEXT_LIMIT) {
            errors.put("text", "Use at most " + TEXT_LIMIT + " characters");
        }
        return new Check(text, Map.copyOf(errors));
    }
}
