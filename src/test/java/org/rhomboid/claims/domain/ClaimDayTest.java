package org.rhomboid.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.Fee;
import org.rhomboid.billing.domain.PtpEdits;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.claims.domain.ClaimEligibility.Decision;
import org.rhomboid.claims.domain.ClaimEligibility.Line;
import org.rhomboid.claims.domain.ClaimEligibility.Person;
import org.rhomboid.claims.domain.ClaimEligibility.Reason;
import org.rhomboid.claims.domain.ClaimEligibility.Setup;
import org.rhomboid.claims.domain.ClaimEligibility.Visit;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.visit.domain.Clinician;
import org.rhomboid.visit.domain.NoteKind;
import org.rhomboid.visit.domain.NoteStatus;
import org.rhomboid.shared.domain.TestDates;

/** One claim per patient and day: the evaluation, the daily notes and a re-evaluation of the day together. */
class ClaimDayTest {

    static final Setup SETUP = new Setup(ClaimEligibilityTest.CLINIC, ClaimEligibilityTest.SETTINGS, Map.of(
            "97162", new Fee("97162", new BigDecimal("120.00"), null),
            "97164", new Fee("97164", new BigDecimal("90.00"), null),
            "97110", new Fee("97110", new BigDecimal("55.00"), null),
            "97140", new Fee("97140", new BigDecimal("50.00"), null),
            "97530", new Fee("97530", new BigDecimal("60.00"), null)));
    static final PtpEdits EDITS = PtpEdits.builtIn();

    static Decision document(NoteKind kind, NoteStatus status, Integer billedIn, UUID duplicateOf, Person author,
                             Line... lines) {
        return ClaimEligibility.decide(new Visit(UUID.randomUUID(), ClaimEligibilityTest.DAY, status, true, billedIn,
                Payer.MEDICARE, "1EG4TE5MK73", true, ClaimEligibilityTest.REFERRER, ClaimEligibilityTest.CERTIFIED,
                List.of("M54.6"), List.of(lines), Clinician.PT, author, null, ClaimEligibilityTest.PT, kind,
                duplicateOf), SETUP, TestDates.US);
    }

    static Decision signed(NoteKind kind, Line... lines) {
        return document(kind, NoteStatus.SIGNED, null, null, ClaimEligibilityTest.PT, lines);
    }

    static Line line(String code, int units, String... modifiers) {
        return new Line(code, units, List.of(modifiers), VisitLines.Status.BILLABLE);
    }

    @Test
    void theEvaluationAndTheDaysTreatmentGoOnOneClaimEachWithItsOwnLine() {
        Decision evaluation = signed(NoteKind.INITIAL_EVALUATION, line("97162", 1, "GP"));
        Decision note = signed(NoteKind.DAILY_NOTE, line("97110", 2, "GP"), line("97140", 1, "GP", "59"));
        var outcome = ClaimDay.judge(List.of(evaluation, note), EDITS);
        assertThat(outcome.held()).isEmpty();
        var claim = outcome.claim();
        assertThat(claim.claimLines()).extracting(ClaimEligibility.ClaimLine::code)
                .containsExactly("97162", "97110", "97140");
        assertThat(claim.total()).isEqualByComparingTo("280.00");
        assertThat(claim.noteIds()).containsExactly(evaluation.visit().noteId(), note.visit().noteId());
        assertThat(claim.chargeOf(evaluation.visit().noteId())).isEqualByComparingTo("120.00");
        assertThat(claim.leftOut()).isEmpty();
    }

    @Test
    void anEvaluationWithoutTreatmentIsAClaimByItself() {
        var outcome = ClaimDay.judge(List.of(signed(NoteKind.INITIAL_EVALUATION, line("97162", 1, "GP"))), EDITS);
        assertThat(outcome.claim().claimLines()).singleElement().extracting(ClaimEligibility.ClaimLine::code)
                .isEqualTo("97162");
    }

    @Test
    void theDayWaitsForADocumentNotSignedYet() {
        Decision evaluation = signed(NoteKind.INITIAL_EVALUATION, line("97162", 1, "GP"));
        Decision draft = document(NoteKind.DAILY_NOTE, NoteStatus.AWAITING_COSIGN, null, null, ClaimEligibilityTest.PT,
                line("97110", 1, "GP"));
        var outcome = ClaimDay.judge(List.of(evaluation, draft), EDITS);
        assertThat(outcome.claim()).isNull();
        assertThat(outcome.held()).hasSize(2);
        assertThat(outcome.held().get(0).has(Reason.DAY_INCOMPLETE)).isTrue();
        assertThat(outcome.held().get(0).problems().get(0).message()).contains("daily note").contains("co-signature");
    }

    @Test
    void documentsAlreadyBilledOrDuplicateStayOutWithoutHoldingTheDay() {
        Decision billed = document(NoteKind.INITIAL_EVALUATION, NoteStatus.SIGNED, 4, null, ClaimEligibilityTest.PT,
                line("97162", 1, "GP"));
        Decision first = signed(NoteKind.DAILY_NOTE, line("97110", 2, "GP"));
        Decision duplicate = document(NoteKind.DAILY_NOTE, NoteStatus.SIGNED, null, first.visit().noteId(),
                ClaimEligibilityTest.PT, line("97110", 2, "GP"));
        var outcome = ClaimDay.judge(List.of(billed, first, duplicate), EDITS);
        assertThat(outcome.claim().noteIds()).containsExactly(first.visit().noteId());
        assertThat(outcome.held()).extracting(d -> d.problems().get(0).reason())
                .containsExactly(Reason.ALREADY_BILLED, Reason.DUPLICATE_VISIT);
    }

    @Test
    void aSeparateSessionIsADistinctLineOnTheSameClaim() {
        Decision morning = signed(NoteKind.DAILY_NOTE, line("97110", 2, "GP"));
        Decision afternoon = signed(NoteKind.DAILY_NOTE, line("97110", 1, "GP", "XE"));
        var claim = ClaimDay.judge(List.of(morning, afternoon), EDITS).claim();
        assertThat(claim.claimLines()).extracting(l -> l.code() + " " + l.units() + " " + l.modifiers())
                .containsExactly("97110 2 [GP]", "97110 1 [GP, XE]");
    }

    @Test
    void anNcciPairSplitOverTwoDocumentsLeavesTheUnmodifiedColumnTwoLineOff() {
        Decision note = signed(NoteKind.DAILY_NOTE, line("97530", 1, "GP"), line("97110", 1, "GP"));
        Decision reEvaluation = signed(NoteKind.RE_EVALUATION, line("97164", 1, "GP"));
        var claim = ClaimDay.judge(List.of(note, reEvaluation), EDITS).claim();
        assertThat(claim.claimLines()).extracting(ClaimEligibility.ClaimLine::code).containsExactly("97110", "97164");
        assertThat(claim.leftOut()).singleElement().asString().contains("97530 (daily note) left off")
                .contains("97164 (re-evaluation)");
        assertThat(claim.total()).isEqualByComparingTo("145.00");

        Decision distinct = signed(NoteKind.DAILY_NOTE, line("97530", 1, "GP", "59"));
        assertThat(ClaimDay.judge(List.of(distinct, reEvaluation), EDITS).claim().claimLines()).hasSize(2);
    }

    @Test
    void twoRenderingTherapistsOnOneDayAreHeldBack() {
        Decision evaluation = signed(NoteKind.INITIAL_EVALUATION, line("97162", 1, "GP"));
        Decision other = document(NoteKind.DAILY_NOTE, NoteStatus.SIGNED, null, null, ClaimEligibilityTest.COSIGNER,
                line("97110", 1, "GP"));
        var outcome = ClaimDay.judge(List.of(evaluation, other), EDITS);
        assertThat(outcome.claim()).isNull();
        assertThat(outcome.held()).allSatisfy(d -> assertThat(d.has(Reason.RENDERING_DIFFERS)).isTrue());
    }
}
