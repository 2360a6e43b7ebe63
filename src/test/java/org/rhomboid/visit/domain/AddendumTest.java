package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AddendumTest {

    private static final Signer PT = new Signer(UUID.randomUUID(), Clinician.PT);
    private static final Signer PTA = new Signer(UUID.randomUUID(), Clinician.PTA);

    @Test
    void theAuthorAddsAnAddendumToASignedNote() {
        var check = Addendum.check(NoteKind.PROGRESS_REPORT, NoteStatus.SIGNED, PT.id(), PT, "  Late entry: HEP updated. ");
        assertThat(check.valid()).isTrue();
        assertThat(check.text()).isEqualTo("Late entry: HEP updated.");
        assertThat(Addendum.check(NoteKind.DAILY_NOTE, NoteStatus.SIGNED, PTA.id(), PTA, "Correction").valid()).isTrue();
    }

    @Test
    void onlySignedNotesTakeAddenda() {
        assertThat(Addendum.check(NoteKind.DAILY_NOTE, NoteStatus.DRAFT, PT.id(), PT, "x").errors())
                .containsOnlyKeys("addendum").extractingByKey("addendum").asString().contains("draft");
        assertThat(Addendum.check(NoteKind.DAILY_NOTE, NoteStatus.AWAITING_COSIGN, PTA.id(), PTA, "x").errors())
                .extractingByKey("addendum").asString().contains("co-signature");
    }

    @Test
    void onlyTheAuthorAndAnAssistantOnlyOnADailyNote() {
        assertThat(Addendum.check(NoteKind.DAILY_NOTE, NoteStatus.SIGNED, PTA.id(), PT, "x").errors())
                .extractingByKey("addendum").asString().contains("Only the author");
        assertThat(Addendum.check(NoteKind.PROGRESS_REPORT, NoteStatus.SIGNED, PTA.id(), PTA, "x").errors())
                .extractingByKey("addendum").asString().contains("daily note only");
    }

    @Test
    void theTextIsRequiredAndLimited() {
        assertThat(Addendum.check(NoteKind.DAILY_NOTE, NoteStatus.SIGNED, PT.id(), PT, "   ").errors())
                .containsExactly(entry("text", "Write the addendum"));
        assertThat(Addendum.check(NoteKind.DAILY_NOTE, NoteStatus.SIGNED, PT.id(), PT, null).valid()).isFalse();
        assertThat(Addendum.check(NoteKind.DAILY_NOTE, NoteStatus.SIGNED, PT.id(), PT, "x".repeat(4000)).valid()).isTrue();
        assertThat(Addendum.check(NoteKind.DAILY_NOTE, NoteStatus.SIGNED, PT.id(), PT, "x".repeat(4001)).errors())
                .containsExactly(entry("text", "Use at most 4000 characters"));
    }
}
