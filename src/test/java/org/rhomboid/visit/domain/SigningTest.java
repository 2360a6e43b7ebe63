package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SigningTest {

    private static final Signer PT = new Signer(UUID.randomUUID(), Clinician.PT);
    private static final Signer OTHER_PT = new Signer(UUID.randomUUID(), Clinician.PT);
    private static final Signer PTA = new Signer(UUID.randomUUID(), Clinician.PTA);
    private static final Signer OTHER_PTA = new Signer(UUID.randomUUID(), Clinician.PTA);

    @Test
    void onlyTheDailyNoteMayBeSignedByAnAssistant() {
        assertThat(NoteKind.DAILY_NOTE.assistantMaySign()).isTrue();
        assertThat(NoteKind.PROGRESS_REPORT.assistantMaySign()).isFalse();
        assertThat(NoteKind.RE_EVALUATION.assistantMaySign()).isFalse();
        assertThat(NoteKind.DISCHARGE_SUMMARY.assistantMaySign()).isFalse();
        assertThat(NoteKind.PROGRESS_REPORT.label()).isEqualTo("Progress report");
    }

    @Test
    void aTherapistSignsAnyOfTheirNotes() {
        for (NoteKind kind : NoteKind.values()) {
            var decision = Signing.sign(kind, NoteStatus.DRAFT, PT.id(), PT, true);
            assertThat(decision.allowed()).as(kind.name()).isTrue();
            assertThat(decision.status()).isEqualTo(NoteStatus.SIGNED);
        }
    }

    @Test
    void anAssistantsDailyNoteWaitsForCosignatureOnlyWhenTheClinicRequiresIt() {
        assertThat(Signing.sign(NoteKind.DAILY_NOTE, NoteStatus.DRAFT, PTA.id(), PTA, true).status())
                .isEqualTo(NoteStatus.AWAITING_COSIGN);
        assertThat(Signing.sign(NoteKind.DAILY_NOTE, NoteStatus.DRAFT, PTA.id(), PTA, false).status())
                .isEqualTo(NoteStatus.SIGNED);
    }

    @Test
    void anAssistantCantSignAProgressReportReEvaluationOrDischarge() {
        for (NoteKind kind : new NoteKind[] {NoteKind.PROGRESS_REPORT, NoteKind.RE_EVALUATION, NoteKind.DISCHARGE_SUMMARY}) {
            var decision = Signing.sign(kind, NoteStatus.DRAFT, PTA.id(), PTA, false);
            assertThat(decision.allowed()).as(kind.name()).isFalse();
            assertThat(decision.status()).isEqualTo(NoteStatus.DRAFT);
            assertThat(decision.refusal()).contains("assistant can't sign a " + kind.label().toLowerCase());
        }
    }

    @Test
    void onlyTheAuthorSignsAndOnlyOnce() {
        assertThat(Signing.sign(NoteKind.DAILY_NOTE, NoteStatus.DRAFT, PTA.id(), PT, false).refusal())
                .contains("Only the author");
        assertThat(Signing.sign(NoteKind.DAILY_NOTE, NoteStatus.SIGNED, PT.id(), PT, false).refusal())
                .contains("already signed").contains("addendum");
        assertThat(Signing.sign(NoteKind.DAILY_NOTE, NoteStatus.AWAITING_COSIGN, PTA.id(), PTA, true).refusal())
                .contains("co-signature");
    }

    @Test
    void anotherTherapistCosigns() {
        var decision = Signing.cosign(NoteKind.DAILY_NOTE, NoteStatus.AWAITING_COSIGN, PTA.id(), PT);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.status()).isEqualTo(NoteStatus.SIGNED);
    }

    @Test
    void theCosignerMustBeATherapistOtherThanTheAuthor() {
        assertThat(Signing.cosign(NoteKind.DAILY_NOTE, NoteStatus.AWAITING_COSIGN, PTA.id(), OTHER_PTA).refusal())
                .contains("Only a physical therapist can co-sign");
        assertThat(Signing.cosign(NoteKind.DAILY_NOTE, NoteStatus.AWAITING_COSIGN, PTA.id(), PTA).allowed()).isFalse();
        // A therapist-authored note can't be co-signed by the author either (it never waits, but the rule holds).
        assertThat(Signing.cosign(NoteKind.DAILY_NOTE, NoteStatus.AWAITING_COSIGN, PT.id(), PT).refusal())
                .contains("another physical therapist");
        assertThat(Signing.cosign(NoteKind.DAILY_NOTE, NoteStatus.AWAITING_COSIGN, PT.id(), OTHER_PT).allowed()).isTrue();
    }

    @Test
    void onlyANoteAwaitingCosignatureCanBeCosigned() {
        var draft = Signing.cosign(NoteKind.DAILY_NOTE, NoteStatus.DRAFT, PTA.id(), PT);
        assertThat(draft.allowed()).isFalse();
        assertThat(draft.status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(draft.refusal()).contains("must sign");
        assertThat(Signing.cosign(NoteKind.DAILY_NOTE, NoteStatus.SIGNED, PTA.id(), PT).refusal()).contains("already signed");
    }
}
