package org.rhomboid.reasoning.domain;

/**
 * What the structured thoracic examination found, as reasoning needs it. Null numbers mean "not measured".
 *
 * @param craniovertebralAngle degrees, from the posture photo (tragus–C7 against the horizontal)
 * @param kyphosisAngle        degrees, by inclinometer
 * @param deepNeckFlexorSeconds endurance hold
 */
public record ExamSummary(boolean thoracicRomLimited, boolean romReproducesPain, boolean segmentalHypomobility,
                          boolean ribSpringingPositive, boolean ribHypomobility, boolean slumpPositive,
                          boolean dermatomalSensoryChange, boolean upperMotorNeuronSigns, boolean triggerPoints,
                          boolean muscleTenderness, boolean cervicalScreenReproducesPain, Kyphosis kyphosis,
                          Double kyphosisAngle, Double craniovertebralAngle, Double deepNeckFlexorSeconds,
                          boolean scapularWeakness) {

    public enum Kyphosis { NORMAL, INCREASED, DECREASED }

    /** Forward head posture: a craniovertebral angle below 50°. Source: CVA-50. */
    public static final double FORWARD_HEAD_BELOW = 50;

    public boolean forwardHead() {
        return craniovertebralAngle != null && craniovertebralAngle < FORWARD_HEAD_BELOW;
    }

    public static ExamSummary unremarkable() {
        return new ExamSummary(false, false, false, false, false, false, false, false, false, false, false,
                Kyphosis.NORMAL, null, null, null, false);
    }
}
