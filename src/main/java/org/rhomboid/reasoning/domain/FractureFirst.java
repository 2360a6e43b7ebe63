package org.rhomboid.reasoning.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rhomboid.screening.domain.Disposition;

/**
 * While screening has a vertebral fracture concern open (not cleared by imaging, a physician or a re-screen),
 * reasoning does not propose a classification that would explain the pain as a benign joint, muscle, rib or nerve
 * problem and lead with manual therapy or needling: the fracture has to be ruled out first (REASONING-FRACTURE).
 * The safer reading wins: the held-back classification is shown with the reason, and the therapist may still
 * classify by their own judgement.
 * <p>
 * With a concern at a referral level, or spinous-process tenderness on the exam (a fracture sign), the
 * exercise-led classifications (postural impairment, hyperkyphosis) are held back too: every proposal would be
 * treatment before the fracture question is answered.
 */
public final class FractureFirst {

    /** A classification whose criteria are met but which is not proposed, and why. */
    public record HeldBack(Classification classification, String reason) {}

    /** Explain the pain as a benign mechanical or soft-tissue problem and lead with manual therapy or needling. */
    static final Set<Classification> MANUAL_FIRST = EnumSet.of(Classification.THORACIC_MOBILITY_DEFICIT,
            Classification.MYOFASCIAL_STRAIN, Classification.RIB_DYSFUNCTION, Classification.REFERRED_FROM_CERVICAL,
            Classification.THORACIC_RADICULAR_PAIN);

    /** Exercise-led, held back only when the fracture concern calls for referral or the exam shows a fracture sign. */
    static final Set<Classification> EXERCISE_FIRST = EnumSet.of(Classification.POSTURAL_MOVEMENT_COORDINATION,
            Classification.HYPERKYPHOSIS);

    private FractureFirst() {
    }

    /**
     * @param fractureConcern     the level of the open vertebral fracture concern; null when there is none
     * @param tenderSpinous       spinous processes tender on palpation, e.g. ["T8"]
     */
    public static Optional<HeldBack> check(Classification classification, Disposition fractureConcern,
                                           List<String> tenderSpinous) {
        if (fractureConcern == null) {
            return Optional.empty();
        }
        boolean fractureSign = !tenderSpinous.isEmpty();
        boolean referral = fractureConcern.compareTo(Disposition.ROUTINE_REFERRAL) >= 0;
        if (MANUAL_FIRST.contains(classification) || EXERCISE_FIRST.contains(classification) && (referral || fractureSign)) {
            return Optional.of(new HeldBack(classification, reason(classification, referral, tenderSpinous)));
        }
        return Optional.empty();
    }

    private static String reason(Classification classification, boolean referral, List<String> tenderSpinous) {
        String sign = tenderSpinous.isEmpty() ? ""
                : " Spinous-process tenderness at " + String.join(", ", tenderSpinous) + " is a fracture sign.";
        return "Not proposed while a vertebral fracture is suspected (" + (referral ? "screening asks for referral"
                : "screening asks to monitor") + ") and not yet cleared." + sign + " " + classification.label()
                + " would explain the pain " + (MANUAL_FIRST.contains(classification)
                ? "as a benign problem and lead with manual therapy or needling"
                : "as posture and lead with exercise") + ": rule out the fracture first (imaging or physician "
                + "clearance), then reconsider.";
    }
}
