package org.rhomboid.reasoning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.intake.domain.BodyRegion;
import org.rhomboid.intake.domain.Choices.Aggravator;
import org.rhomboid.intake.domain.Choices.Onset;
import org.rhomboid.intake.domain.PainType;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.intervention.domain.InterventionSafety;
import org.rhomboid.reasoning.domain.ClinicalReasoning.Proposal;
import org.rhomboid.exam.domain.ExamChoices.Kyphosis;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.screening.domain.Finding;

class ClinicalReasoningTest {

    private static ExamSummary exam(boolean romLimited, boolean hypomobile, boolean ribSpring, boolean slump,
                                    boolean dermatomal, boolean umn, boolean triggerPoints, boolean cervical,
                                    Kyphosis kyphosis, Double cva, Double dnf) {
        return new ExamSummary(romLimited, romLimited, hypomobile, ribSpring, false, slump, dermatomal, umn,
                triggerPoints, false, cervical, kyphosis, null, cva, dnf, false, false, List.of());
    }

    private static List<Proposal> propose(Disposition disposition, Set<BodyRegion> regions, Set<PainType> types,
                                          Set<Aggravator> aggravators, Onset onset, ExamSummary exam) {
        return ClinicalReasoning.propose(new ClinicalReasoning.Input(disposition, Set.of(), regions, types, aggravators,
                onset, exam));
    }

    private static List<Classification> classes(List<Proposal> proposals) {
        return proposals.stream().map(Proposal::classification).toList();
    }

    @Test
    void nothingFoundProposesNothing() {
        assertThat(propose(Disposition.TREAT, Set.of(), Set.of(), Set.of(), Onset.GRADUAL, ExamSummary.unremarkable()))
                .isEmpty();
    }

    @Test
    void mobilityDeficitNeedsLimitedMotionAndHypomobilityAndShowsWhatMatched() {
        List<Proposal> proposals = propose(Disposition.TREAT, Set.of(BodyRegion.MID_THORACIC_CENTRAL),
                Set.of(PainType.ACHING), Set.of(Aggravator.TWISTING), Onset.GRADUAL,
                exam(true, true, false, false, false, false, false, false, Kyphosis.NORMAL, null, null));
        assertThat(classes(proposals)).containsExactly(Classification.THORACIC_MOBILITY_DEFICIT);
        Proposal p = proposals.get(0);
        assertThat(p.matched()).hasSize(4);
        assertThat(p.interventions()).contains(Intervention.THORACIC_THRUST_MANIPULATION);
        assertThat(p.extrapolated()).isTrue();
        assertThat(p.source()).isEqualTo("NECK-CPG-2017");
        assertThat(classes(propose(Disposition.TREAT, Set.of(), Set.of(), Set.of(), Onset.GRADUAL,
                exam(true, false, false, false, false, false, false, false, Kyphosis.NORMAL, null, null)))).isEmpty();
    }

    @Test
    void posturalImpairmentFromTheCraniovertebralAngleOrKyphosis() {
        List<Proposal> proposals = propose(Disposition.TREAT, Set.of(), Set.of(), Set.of(Aggravator.DESK_WORK),
                Onset.GRADUAL, exam(false, false, false, false, false, false, false, false, Kyphosis.NORMAL, 44.0, 12.0));
        assertThat(classes(proposals)).containsExactly(Classification.POSTURAL_MOVEMENT_COORDINATION);
        assertThat(proposals.get(0).unmatched()).extracting(ClinicalReasoning.Criterion::description)
                .containsExactly("Scapular stabiliser weakness");
        assertThat(classes(propose(Disposition.TREAT, Set.of(), Set.of(), Set.of(), Onset.GRADUAL,
                exam(false, false, false, false, false, false, false, false, Kyphosis.NORMAL, 52.0, null)))).isEmpty();
    }

    @Test
    void ribRadicularMyofascialCervicalAndKyphosis() {
        assertThat(classes(propose(Disposition.TREAT, Set.of(BodyRegion.LEFT_RIB_CHEST_WALL), Set.of(PainType.SHARP),
                Set.of(Aggravator.DEEP_BREATHING), Onset.SUDDEN_MOVEMENT,
                exam(false, false, true, false, false, false, false, false, Kyphosis.NORMAL, null, null))))
                .containsExactly(Classification.RIB_DYSFUNCTION);
        assertThat(classes(propose(Disposition.TREAT, Set.of(), Set.of(PainType.BAND_LIKE), Set.of(), Onset.GRADUAL,
                exam(false, false, false, true, false, false, false, false, Kyphosis.NORMAL, null, null))))
                .containsExactly(Classification.THORACIC_RADICULAR_PAIN);
        assertThat(classes(propose(Disposition.TREAT, Set.of(), Set.of(), Set.of(Aggravator.LIFTING), Onset.SUDDEN_MOVEMENT,
                exam(false, false, false, false, false, false, true, false, Kyphosis.NORMAL, null, null))))
                .containsExactly(Classification.MYOFASCIAL_STRAIN);
        assertThat(classes(propose(Disposition.TREAT, Set.of(BodyRegion.INTERSCAPULAR, BodyRegion.NECK), Set.of(), Set.of(),
                Onset.GRADUAL, exam(false, false, false, false, false, false, false, true, Kyphosis.NORMAL, null, null))))
                .containsExactly(Classification.REFERRED_FROM_CERVICAL);
        assertThat(classes(propose(Disposition.TREAT, Set.of(), Set.of(), Set.of(), Onset.GRADUAL,
                exam(false, false, false, false, false, false, false, false, Kyphosis.INCREASED, null, null))))
                .as("ranked by the share of criteria matched")
                .containsExactly(Classification.HYPERKYPHOSIS, Classification.POSTURAL_MOVEMENT_COORDINATION);
    }

    @Test
    void upperMotorNeuronSignsRuleOutRadicularPain() {
        assertThat(classes(propose(Disposition.TREAT, Set.of(), Set.of(PainType.BAND_LIKE), Set.of(), Onset.GRADUAL,
                exam(false, false, false, true, true, true, false, false, Kyphosis.NORMAL, null, null))))
                .doesNotContain(Classification.THORACIC_RADICULAR_PAIN);
    }

    @Test
    void seriousPathologyComesFirstWithNoTreatment() {
        List<Proposal> proposals = propose(Disposition.URGENT_REFERRAL, Set.of(), Set.of(), Set.of(Aggravator.TWISTING),
                Onset.GRADUAL, exam(true, true, false, false, false, false, false, false, Kyphosis.NORMAL, null, null));
        assertThat(classes(proposals)).startsWith(Classification.SUSPECTED_SERIOUS_PATHOLOGY);
        assertThat(proposals.get(0).interventions()).isEmpty();
        assertThat(classes(propose(Disposition.TREAT_WITH_MONITORING, Set.of(), Set.of(), Set.of(), Onset.GRADUAL,
                ExamSummary.unremarkable()))).doesNotContain(Classification.SUSPECTED_SERIOUS_PATHOLOGY);
    }

    @Test
    void proposedInterventionsStillPassTheSafetyCheck() {
        Proposal mobility = propose(Disposition.TREAT, Set.of(), Set.of(), Set.of(), Onset.GRADUAL,
                exam(true, true, false, false, false, false, false, false, Kyphosis.NORMAL, null, null)).get(0);
        var verdicts = InterventionSafety.check(mobility.interventions(), Set.of(), Set.of(HealthCondition.OSTEOPOROSIS));
        assertThat(verdicts).filteredOn(v -> v.intervention() == Intervention.THORACIC_THRUST_MANIPULATION)
                .singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(InterventionSafety.Status.CONTRAINDICATED));
        assertThat(verdicts).filteredOn(v -> v.intervention() == Intervention.MOBILITY_EXERCISE)
                .singleElement().satisfies(v -> assertThat(v.status()).isEqualTo(InterventionSafety.Status.ALLOWED));
    }

    @Test
    void everyClassificationExceptReferralOffersInterventions() {
        for (Classification c : Classification.values()) {
            assertThat(c.interventions().isEmpty()).as(c.name()).isEqualTo(c == Classification.SUSPECTED_SERIOUS_PATHOLOGY);
            assertThat(c.source()).isNotBlank();
        }
    }

    @Test
    void theRadiographicFortyDegreeConventionIsNotAppliedToAnInclinometerReading() {
        for (double inclinometer : new double[] {35, 55}) {
            ExamSummary increased = new ExamSummary(false, false, false, false, false, false, false, false, false,
                    false, false, Kyphosis.INCREASED, inclinometer, null, null, false, false, List.of());
            Proposal kyphosis = ClinicalReasoning.propose(new ClinicalReasoning.Input(Disposition.TREAT, Set.of(),
                    Set.of(), Set.of(), Set.of(), Onset.GRADUAL, increased)).stream()
                    .filter(p -> p.classification() == Classification.HYPERKYPHOSIS).findFirst().orElseThrow();
            assertThat(kyphosis.matched()).extracting(ClinicalReasoning.Criterion::description)
                    .containsExactly("Increased thoracic kyphosis observed");
        }
    }

    @Test
    void conventionsAndHeuristicsSayWhatTheyAre() {
        Proposal postural = propose(Disposition.TREAT, Set.of(), Set.of(), Set.of(), Onset.GRADUAL,
                exam(false, false, false, false, false, false, false, false, Kyphosis.NORMAL, 44.0, 12.0)).get(0);
        assertThat(postural.matched()).extracting(ClinicalReasoning.Criterion::description)
                .anyMatch(d -> d.contains("below 50° (a research convention)"))
                .anyMatch(d -> d.contains("under 20 s (a heuristic without a source; norms about 29 s in women, "
                        + "39 s in men)"));
    }

    @Test
    void reportedHeightLossSupportsHyperkyphosis() {
        Proposal kyphosis = ClinicalReasoning.propose(new ClinicalReasoning.Input(Disposition.TREAT_WITH_MONITORING,
                Set.of(Finding.HEIGHT_LOSS), Set.of(), Set.of(), Set.of(), Onset.GRADUAL,
                exam(false, false, false, false, false, false, false, false, Kyphosis.INCREASED, 55.0, null))).get(0);
        assertThat(kyphosis.classification()).isEqualTo(Classification.HYPERKYPHOSIS);
        assertThat(kyphosis.unmatched()).isEmpty();
    }
}
