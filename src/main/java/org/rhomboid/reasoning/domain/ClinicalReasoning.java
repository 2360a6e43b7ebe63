package org.rhomboid.reasoning.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.rhomboid.exam.domain.ExamChoices.Kyphosis;
import org.rhomboid.exam.domain.Thresholds;
import org.rhomboid.intake.domain.BodyRegion;
import org.rhomboid.intake.domain.Choices.Aggravator;
import org.rhomboid.intake.domain.Choices.Onset;
import org.rhomboid.intake.domain.PainType;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.screening.domain.Finding;

/**
 * Proposes classifications from screening, intake and examination: each with the criteria that matched and
 * those that did not, so the therapist sees why. A classification is proposed when all its required criteria
 * are met; supporting criteria rank the proposals. Serious pathology always comes first.
 */
public final class ClinicalReasoning {

    /**
     * Everything reasoning looks at.
     *
     * @param fractureConcern the level of screening's open (not cleared) vertebral fracture concern; null if none
     */
    public record Input(Disposition disposition, Set<Finding> findings, Set<BodyRegion> painRegions,
                        Set<PainType> painTypes, Set<Aggravator> aggravators, Onset onset, ExamSummary exam,
                        Disposition fractureConcern) {

        public Input(Disposition disposition, Set<Finding> findings, Set<BodyRegion> painRegions,
                     Set<PainType> painTypes, Set<Aggravator> aggravators, Onset onset, ExamSummary exam) {
            this(disposition, findings, painRegions, painTypes, aggravators, onset, exam, null);
        }
    }

    /** What reasoning proposes, and what fits the findings but is held back while a fracture is suspected. */
    public record Reasoning(List<Proposal> proposals, List<FractureFirst.HeldBack> heldBack) {}

    public record Criterion(String description, boolean required, boolean met) {}

    public record Proposal(Classification classification, List<Criterion> matched, List<Criterion> unmatched,
                           List<Intervention> interventions, String evidence, String source, boolean extrapolated) {}

    private ClinicalReasoning() {
    }

    public static List<Proposal> propose(Input in) {
        return reason(in).proposals();
    }

    /** The proposals, less those an open fracture concern holds back (listed with the reason: FractureFirst). */
    public static Reasoning reason(Input in) {
        List<Proposal> proposals = new ArrayList<>();
        List<FractureFirst.HeldBack> heldBack = new ArrayList<>();
        for (Proposal proposal : fitting(in)) {
            FractureFirst.check(proposal.classification(), in.fractureConcern(), in.exam().tenderSpinousProcesses())
                    .ifPresentOrElse(heldBack::add, () -> proposals.add(proposal));
        }
        return new Reasoning(List.copyOf(proposals), List.copyOf(heldBack));
    }

    private static List<Proposal> fitting(Input in) {
        ExamSummary exam = in.exam();
        List<Proposal> proposals = new ArrayList<>();
        consider(proposals, Classification.SUSPECTED_SERIOUS_PATHOLOGY, List.of(
                required("Screening calls for urgent or emergency referral",
                        in.disposition() != null && in.disposition().compareTo(Disposition.URGENT_REFERRAL) >= 0)));
        consider(proposals, Classification.THORACIC_MOBILITY_DEFICIT, List.of(
                required("Thoracic range of motion limited", exam.thoracicRomLimited()),
                required("Segmental hypomobility on posterior-anterior testing", exam.segmentalHypomobility()),
                supporting("Movement reproduces the pain", exam.romReproducesPain()),
                supporting("Twisting or side bending aggravates", in.aggravators().contains(Aggravator.TWISTING)
                        || in.aggravators().contains(Aggravator.SIDE_BENDING))));
        consider(proposals, Classification.POSTURAL_MOVEMENT_COORDINATION, List.of(
                required("Forward head seen, craniovertebral angle below 50° (a research convention), or increased "
                                + "kyphosis",
                        exam.forwardHead() || exam.kyphosis() == Kyphosis.INCREASED),
                supporting("Prolonged sitting or desk work aggravates", in.aggravators().contains(Aggravator.PROLONGED_SITTING)
                        || in.aggravators().contains(Aggravator.DESK_WORK)),
                supporting("Deep neck flexor endurance under 20 s (a heuristic without a source; norms about 29 s "
                                + "in women, 39 s in men)",
                        exam.deepNeckFlexorSeconds() != null
                                && exam.deepNeckFlexorSeconds() < Thresholds.DEEP_NECK_FLEXOR_SHORT_BELOW),
                supporting("Scapular stabiliser weakness", exam.scapularWeakness())));
        consider(proposals, Classification.RIB_DYSFUNCTION, List.of(
                required("Rib springing positive or rib hypomobility", exam.ribSpringingPositive() || exam.ribHypomobility()),
                supporting("Deep breathing, coughing or sneezing aggravates",
                        in.aggravators().contains(Aggravator.DEEP_BREATHING)
                                || in.aggravators().contains(Aggravator.COUGHING_SNEEZING)),
                supporting("Pain in the ribs or chest wall", in.painRegions().contains(BodyRegion.LEFT_RIB_CHEST_WALL)
                        || in.painRegions().contains(BodyRegion.RIGHT_RIB_CHEST_WALL))));
        consider(proposals, Classification.THORACIC_RADICULAR_PAIN, List.of(
                required("Band-like, burning or tingling pain", in.painTypes().contains(PainType.BAND_LIKE)
                        || in.painTypes().contains(PainType.BURNING) || in.painTypes().contains(PainType.NUMBNESS_TINGLING)),
                required("Positive slump or a dermatomal sensory change",
                        exam.slumpPositive() || exam.dermatomalSensoryChange()),
                required("No upper-motor-neuron signs", !exam.upperMotorNeuronSigns()),
                supporting("Coughing or sneezing aggravates", in.aggravators().contains(Aggravator.COUGHING_SNEEZING))));
        consider(proposals, Classification.MYOFASCIAL_STRAIN, List.of(
                required("Trigger points or muscle tenderness", exam.triggerPoints() || exam.muscleTenderness()),
                supporting("Began with a sudden movement or repetition", in.onset() == Onset.SUDDEN_MOVEMENT
                        || in.onset() == Onset.REPETITIVE),
                supporting("Lifting or reaching aggravates", in.aggravators().contains(Aggravator.LIFTING)
                        || in.aggravators().contains(Aggravator.REACHING_OVERHEAD))));
        consider(proposals, Classification.REFERRED_FROM_CERVICAL, List.of(
                required("Cervical screen reproduces the thoracic pain", exam.cervicalScreenReproducesPain()),
                supporting("Pain between the shoulder blades or upper back", in.painRegions().contains(BodyRegion.INTERSCAPULAR)
                        || in.painRegions().contains(BodyRegion.UPPER_THORACIC_CENTRAL)),
                supporting("Neck pain too", in.painRegions().contains(BodyRegion.NECK))));
        consider(proposals, Classification.HYPERKYPHOSIS, List.of(
                // The therapist's observation decides: the over-40° convention is for radiographic Cobb angles
                // and is not applied to an inclinometer reading (KYPHOSIS-40).
                required("Increased thoracic kyphosis observed", exam.kyphosis() == Kyphosis.INCREASED),
                supporting("Height loss reported", in.findings().contains(Finding.HEIGHT_LOSS))));
        proposals.sort(Comparator.comparing((Proposal p) -> p.classification() != Classification.SUSPECTED_SERIOUS_PATHOLOGY)
                .thenComparing(p -> -p.matched().size() / (double) (p.matched().size() + p.unmatched().size())));
        return proposals;
    }

    private static void consider(List<Proposal> proposals, Classification classification, List<Criterion> criteria) {
        if (criteria.stream().filter(Criterion::required).allMatch(Criterion::met)) {
            proposals.add(new Proposal(classification, criteria.stream().filter(Criterion::met).toList(),
                    criteria.stream().filter(c -> !c.met()).toList(), classification.interventions(),
                    classification.evidence(), classification.source(), classification.extrapolated()));
        }
    }

    private static Criterion required(String description, boolean met) {
        return new Criterion(description, true, met);
    }

    private static Criterion supporting(String description, boolean met) {
        return new Criterion(description, false, met);
    }
}
