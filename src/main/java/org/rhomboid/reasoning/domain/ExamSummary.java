package org.rhomboid.reasoning.domain;

import java.util.List;
import org.rhomboid.exam.domain.CraniovertebralAngle;
import org.rhomboid.exam.domain.ExamChoices.HeadPosition;
import org.rhomboid.exam.domain.ExamChoices.Kyphosis;
import org.rhomboid.exam.domain.ExamChoices.Mobility;
import org.rhomboid.exam.domain.ExamChoices.PainResponse;
import org.rhomboid.exam.domain.ExamChoices.Screen;
import org.rhomboid.exam.domain.ExamChoices.Sensation;
import org.rhomboid.exam.domain.ExamChoices.SpecialTest;
import org.rhomboid.exam.domain.ExamFindings;
import org.rhomboid.exam.domain.Thresholds;
import org.rhomboid.exam.domain.ThoracicExam;
import org.rhomboid.screening.domain.Finding;

/**
 * What the structured thoracic examination found, as reasoning needs it. Null numbers mean "not measured".
 *
 * @param craniovertebralAngle degrees, from the posture photo (tragus–C7 against the horizontal)
 * @param kyphosisAngle        degrees, by inclinometer
 * @param deepNeckFlexorSeconds endurance hold
 * @param tenderSpinousProcesses spinous processes tender on palpation ("T8"), a fracture sign when a fracture is
 *                               suspected (FractureFirst)
 */
public record ExamSummary(boolean thoracicRomLimited, boolean romReproducesPain, boolean segmentalHypomobility,
                          boolean ribSpringingPositive, boolean ribHypomobility, boolean slumpPositive,
                          boolean dermatomalSensoryChange, boolean upperMotorNeuronSigns, boolean triggerPoints,
                          boolean muscleTenderness, boolean cervicalScreenReproducesPain, Kyphosis kyphosis,
                          Double kyphosisAngle, Double craniovertebralAngle, Double deepNeckFlexorSeconds,
                          boolean scapularWeakness, boolean forwardHeadObserved, List<String> tenderSpinousProcesses) {

    public ExamSummary {
        tenderSpinousProcesses = tenderSpinousProcesses == null ? List.of() : List.copyOf(tenderSpinousProcesses);
    }

    /** Forward head: seen on observation, or a craniovertebral angle below the threshold on the photo. */
    public boolean forwardHead() {
        return forwardHeadObserved
                || craniovertebralAngle != null && CraniovertebralAngle.forwardHead(craniovertebralAngle);
    }

    public static ExamSummary unremarkable() {
        return new ExamSummary(false, false, false, false, false, false, false, false, false, false, false,
                Kyphosis.NORMAL, null, null, null, false, false, List.of());
    }

    /** Reads a recorded examination: only what was tested and found counts. */
    public static ExamSummary of(ThoracicExam exam) {
        boolean romLimited = exam.rom().values().stream().anyMatch(ThoracicExam.Range::limited);
        boolean romPainful = exam.rom().values().stream().anyMatch(r -> r.pain() == PainResponse.FAMILIAR_PAIN)
                || !exam.painfulSegments().isEmpty();
        boolean thoracicSensation = exam.dermatomes().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("T") && e.getValue() != Sensation.NORMAL);
        boolean scapularWeak = exam.strength().serratus().values().stream().anyMatch(g -> g < Thresholds.WEAK_BELOW_GRADE)
                || exam.strength().lowerTrapezius().values().stream().anyMatch(g -> g < Thresholds.WEAK_BELOW_GRADE);
        Double cva = exam.posture() != null ? exam.posture().craniovertebralAngle() : null;
        return new ExamSummary(romLimited, romPainful,
                exam.segmentMobility().containsValue(Mobility.HYPO),
                exam.positive(SpecialTest.RIB_SPRINGING),
                exam.ribMobility().containsValue(Mobility.HYPO),
                exam.positive(SpecialTest.THORACIC_SLUMP),
                thoracicSensation,
                ExamFindings.of(exam).contains(Finding.UPPER_MOTOR_NEURON_SIGNS),
                exam.palpation().values().stream().anyMatch(ThoracicExam.Palpation::triggerPoint),
                exam.palpation().values().stream().anyMatch(ThoracicExam.Palpation::spasm),
                exam.cervicalScreen() == Screen.REPRODUCES_PAIN,
                exam.observation().kyphosis() == null ? Kyphosis.NORMAL : exam.observation().kyphosis(),
                exam.observation().kyphosisAngle(),
                cva, exam.strength().deepNeckFlexorSeconds(), scapularWeak,
                exam.observation().head() == HeadPosition.FORWARD,
                exam.palpation().entrySet().stream().filter(e -> e.getKey().startsWith("T") && e.getValue().tenderness() > 0)
                        .map(java.util.Map.Entry::getKey).sorted(ExamSummary::bySegment).toList());
    }

    /** T2 before T10. */
    private static int bySegment(String a, String b) {
        return Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
    }
}
