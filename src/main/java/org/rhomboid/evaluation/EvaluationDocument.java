package org.rhomboid.evaluation;

import java.util.List;
import java.util.Map;
import org.rhomboid.episode.Episode;
import org.rhomboid.intake.domain.BodyRegion;
import org.rhomboid.intake.domain.PainType;
import org.rhomboid.patient.Patient;
import org.rhomboid.plan.StoredGoal;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.CertificationTimeline;
import org.rhomboid.plan.domain.PlanOfCare;

/**
 * A signed initial evaluation with what its documents print beside the note: the pain regions the patient marked
 * on the intake (locked once sent), and the plan of care and goals it signed (locked by the signature).
 *
 * @param painMap       empty when no intake was sent
 * @param certification the initial certification as it stands on the day the document is made
 * @param timeline      every certification period of the plan with its records
 */
public record EvaluationDocument(Episode episode, Patient patient, EvaluationRecord evaluation,
                                 Map<BodyRegion, PainType> painMap, PlanOfCare plan, List<StoredGoal> goals,
                                 Certification.Status certification, CertificationTimeline timeline) {

    /** The goals as signed, long-term first (those the certifying practitioner is asked to approve). */
    public List<StoredGoal> goalsLongTermFirst() {
        return goals.stream()
                .sorted(java.util.Comparator.comparing((StoredGoal g) -> g.goal().term()
                        != org.rhomboid.goal.domain.SmartGoal.Term.LONG_TERM))
                .toList();
    }
}
