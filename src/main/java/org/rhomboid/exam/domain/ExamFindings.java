package org.rhomboid.exam.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.rhomboid.exam.domain.ExamChoices.Gait;
import org.rhomboid.exam.domain.ExamChoices.Pulses;
import org.rhomboid.exam.domain.ExamChoices.Reflex;
import org.rhomboid.exam.domain.ExamChoices.TestResult;
import org.rhomboid.screening.domain.Finding;

/**
 * The screening findings an examination establishes, so that a red flag found by the examiner re-runs the
 * red-flag screen without anyone re-entering it. Source: EXAM-RED-FLAGS in docs/clinical-sources.md.
 */
public final class ExamFindings {

    private ExamFindings() {
    }

    public static Set<Finding> of(ThoracicExam exam) {
        Set<Finding> findings = EnumSet.noneOf(Finding.class);
        boolean umnPositive = exam.umnSigns().values().stream().anyMatch(r -> r == TestResult.POSITIVE);
        // Brisk reflexes in both legs are an upper-motor-neuron sign; counted as one (the safer reading).
        boolean briskLegs = brisk(exam.reflexes(), "L") && brisk(exam.reflexes(), "R");
        if (umnPositive || briskLegs) {
            findings.add(Finding.UPPER_MOTOR_NEURON_SIGNS);
        }
        if (exam.sensoryLevel() != null) {
            findings.add(Finding.SENSORY_LEVEL_ON_TRUNK);
        }
        if (exam.observation().gait() == Gait.UNSTEADY) {
            findings.add(Finding.GAIT_DISTURBANCE);
        }
        if (exam.pulses() == Pulses.DEFICIT) {
            findings.add(Finding.PULSE_DEFICIT);
        }
        boolean leftLeg = legDeficit(exam, "L");
        boolean rightLeg = legDeficit(exam, "R");
        if (leftLeg || rightLeg) {
            findings.add(Finding.LEG_WEAKNESS_OR_NUMBNESS);
        }
        if (leftLeg && rightLeg) {
            findings.add(Finding.BILATERAL_LEG_SYMPTOMS);
        }
        // Lost sensation on the trunk matters for heat and electrical stimulation over it.
        boolean trunkSensationLost = exam.dermatomes().entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith("T") && e.getValue().impaired());
        if (trunkSensationLost) {
            findings.add(Finding.IMPAIRED_SENSATION);
        }
        return findings;
    }

    /** A dermatomal or myotomal deficit of the leg: weakness below 4/5 or reduced sensation, L2 to S1. */
    static boolean legDeficit(ThoracicExam exam, String side) {
        for (String root : ExamChoices.LOWER_LIMB_ROOTS) {
            Integer grade = exam.myotomes().get(root + "." + side);
            if (grade != null && grade < Thresholds.WEAK_BELOW_GRADE) {
                return true;
            }
            var sensation = exam.dermatomes().get(root + "." + side);
            if (sensation != null && sensation.impaired()) {
                return true;
            }
        }
        return false;
    }

    private static boolean brisk(Map<String, Reflex> reflexes, String side) {
        return reflexes.get("PATELLAR." + side) == Reflex.BRISK || reflexes.get("ACHILLES." + side) == Reflex.BRISK;
    }
}
