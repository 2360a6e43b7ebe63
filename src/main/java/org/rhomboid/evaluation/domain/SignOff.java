package org.rhomboid.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the initial evaluation may be signed, and if not, everything still in the way, in the order a
 * therapist would fix it. Only a physical therapist signs an evaluation (EPISODE-PT); screening concerns must
 * be acknowledged first (IFOMPT-2020); the plan must be complete and safe (POC-CERT, SMART-PT, MANIP-CONTRA).
 */
public final class SignOff {

    /** Everything the gate looks at, already worked out by the feature's services. */
    public record Facts(boolean signerIsPhysicalTherapist, boolean alreadySigned, boolean screened,
                        boolean concernsAcknowledged, boolean examined, boolean assessed, boolean planSaved,
                        List<String> diagnosisProblems, int goals, int goalsWithProblems, int interventions,
                        Map<String, String> interventionProblems) {}

    private SignOff() {
    }

    public static List<String> blockers(Facts f) {
        List<String> blockers = new ArrayList<>();
        if (f.alreadySigned()) {
            blockers.add("The evaluation is already signed and locked");
            return blockers;
        }
        if (!f.signerIsPhysicalTherapist()) {
            blockers.add("Only a physical therapist can sign an initial evaluation");
        }
        if (!f.screened()) {
            blockers.add("Screen for red flags first: the intake or your examination findings");
        } else if (!f.concernsAcknowledged()) {
            blockers.add("Acknowledge every screening concern");
        }
        if (!f.examined()) {
            blockers.add("Record the examination");
        }
        if (!f.assessed()) {
            blockers.add("Write the assessment: at least one classification and the prognosis");
        }
        if (!f.planSaved()) {
            blockers.add("Save the plan of care");
        } else {
            f.diagnosisProblems().forEach(p -> blockers.add("Diagnosis: " + p));
            if (f.interventions() == 0) {
                blockers.add("Plan at least one intervention");
            }
            f.interventionProblems().values().forEach(blockers::add);
        }
        if (f.goals() == 0) {
            blockers.add("Set at least one goal");
        } else if (f.goalsWithProblems() > 0) {
            blockers.add(f.goalsWithProblems() == 1 ? "One goal needs fixing" : f.goalsWithProblems() + " goals need fixing");
        }
        return blockers;
    }
}
