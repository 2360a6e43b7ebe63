package org.rhomboid.reasoning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.exam.domain.ExamChoices.Kyphosis;
import org.rhomboid.intake.domain.Choices.Aggravator;
import org.rhomboid.intake.domain.Choices.Onset;
import org.rhomboid.reasoning.domain.ClinicalReasoning.Input;
import org.rhomboid.reasoning.domain.ClinicalReasoning.Proposal;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.screening.domain.Finding;

class FractureFirstTest {

    /** The case: T8 tender 3/3 with muscle guarding and a trigger point, in a patient with osteoporosis. */
    private static ExamSummary t8(List<String> tenderSpinous, Kyphosis kyphosis) {
        return new ExamSummary(true, true, true, false, false, false, false, false, true, true, false, kyphosis,
                null, null, null, false, false, tenderSpinous);
    }

    private static ClinicalReasoning.Reasoning reason(Disposition fractureConcern, ExamSummary exam) {
        return ClinicalReasoning.reason(new Input(fractureConcern, Set.of(Finding.OSTEOPOROSIS), Set.of(), Set.of(),
                Set.of(Aggravator.LIFTING, Aggravator.TWISTING), Onset.SUDDEN_MOVEMENT, exam, fractureConcern));
    }

    private static List<Classification> proposed(ClinicalReasoning.Reasoning reasoning) {
        return reasoning.proposals().stream().map(Proposal::classification).toList();
    }

    private static List<Classification> held(ClinicalReasoning.Reasoning reasoning) {
        return reasoning.heldBack().stream().map(FractureFirst.HeldBack::classification).toList();
    }

    @Test
    void withoutAFractureConcernTheFindingsProposeMyofascialPainAndAMobilityDeficit() {
        ClinicalReasoning.Reasoning none = reason(null, t8(List.of("T8"), Kyphosis.NORMAL));
        assertThat(proposed(none)).contains(Classification.MYOFASCIAL_STRAIN, Classification.THORACIC_MOBILITY_DEFICIT);
        assertThat(none.heldBack()).isEmpty();
    }

    @Test
    void spinousTendernessAtT8WithAnOpenFractureConcernProposesNoTreatmentFirstClassification() {
        ClinicalReasoning.Reasoning t8 = reason(Disposition.ROUTINE_REFERRAL, t8(List.of("T8"), Kyphosis.INCREASED));
        assertThat(proposed(t8)).isEmpty();
        assertThat(held(t8)).contains(Classification.MYOFASCIAL_STRAIN, Classification.THORACIC_MOBILITY_DEFICIT,
                Classification.POSTURAL_MOVEMENT_COORDINATION, Classification.HYPERKYPHOSIS);
        FractureFirst.HeldBack myofascial = t8.heldBack().stream()
                .filter(h -> h.classification() == Classification.MYOFASCIAL_STRAIN).findFirst().orElseThrow();
        assertThat(myofascial.reason()).contains("vertebral fracture is suspected")
                .contains("Spinous-process tenderness at T8 is a fracture sign")
                .contains("manual therapy or needling").contains("rule out the fracture first");
    }

    @Test
    void anUrgentFractureConcernStillProposesReferralFirst() {
        ClinicalReasoning.Reasoning urgent = ClinicalReasoning.reason(new Input(Disposition.URGENT_REFERRAL,
                Set.of(Finding.OSTEOPOROSIS, Finding.MINOR_TRAUMA), Set.of(), Set.of(), Set.of(), Onset.SUDDEN_MOVEMENT,
                t8(List.of("T8"), Kyphosis.NORMAL), Disposition.URGENT_REFERRAL));
        assertThat(proposed(urgent)).containsExactly(Classification.SUSPECTED_SERIOUS_PATHOLOGY);
        assertThat(held(urgent)).contains(Classification.MYOFASCIAL_STRAIN);
    }

    @Test
    void atAMonitoringLevelWithoutAFractureSignOnlyManualFirstClassificationsAreHeldBack() {
        ClinicalReasoning.Reasoning monitor = reason(Disposition.TREAT_WITH_MONITORING, t8(List.of(), Kyphosis.INCREASED));
        assertThat(held(monitor)).contains(Classification.MYOFASCIAL_STRAIN, Classification.THORACIC_MOBILITY_DEFICIT)
                .doesNotContain(Classification.POSTURAL_MOVEMENT_COORDINATION, Classification.HYPERKYPHOSIS);
        assertThat(proposed(monitor)).contains(Classification.POSTURAL_MOVEMENT_COORDINATION)
                .doesNotContain(Classification.MYOFASCIAL_STRAIN);
        // the same with T8 tender: exercise-led classifications wait too
        assertThat(held(reason(Disposition.TREAT_WITH_MONITORING, t8(List.of("T8"), Kyphosis.INCREASED))))
                .contains(Classification.POSTURAL_MOVEMENT_COORDINATION);
    }

    @Test
    void everyClassificationIsEitherReferralOrHeldBackAtAReferralLevel() {
        for (Classification c : Classification.values()) {
            boolean held = FractureFirst.check(c, Disposition.ROUTINE_REFERRAL, List.of()).isPresent();
            assertThat(held).as(c.name()).isEqualTo(c != Classification.SUSPECTED_SERIOUS_PATHOLOGY);
            assertThat(FractureFirst.check(c, null, List.of("T8"))).as("no concern, nothing held").isEmpty();
        }
    }
}
