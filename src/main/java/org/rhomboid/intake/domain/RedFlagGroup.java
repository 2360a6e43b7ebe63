package org.rhomboid.intake.domain;

import java.util.List;
import org.rhomboid.screening.domain.Finding;

/**
 * The intake's red-flag questions in small themed groups, each with a "None of these" answer, so a patient with
 * nothing to report taps once per group rather than once per question. "None of these" means "no" to every
 * question of the group; a group without it needs every question answered. Every question is in exactly one group.
 */
public enum RedFlagGroup {
    GENERAL("How you feel in general", List.of(Finding.UNEXPLAINED_WEIGHT_LOSS, Finding.SYSTEMICALLY_UNWELL,
            Finding.FEVER, Finding.RECENT_INFECTION, Finding.IMMUNOSUPPRESSION, Finding.HISTORY_OF_TUBERCULOSIS,
            Finding.IV_DRUG_USE, Finding.RECENT_SPINAL_PROCEDURE)),
    PAIN_PATTERN("How the pain behaves", List.of(Finding.NIGHT_PAIN_UNRELENTING, Finding.PAIN_NOT_RELIEVED_BY_REST,
            Finding.PAIN_NOT_MECHANICAL, Finding.NO_IMPROVEMENT_AFTER_4_WEEKS)),
    HEART_AND_BREATHING("Chest, heart and breathing", List.of(Finding.SUDDEN_ONSET_SEVERE_PAIN, Finding.TEARING_PAIN,
            Finding.EXERTIONAL_PAIN, Finding.AUTONOMIC_SYMPTOMS, Finding.SHORTNESS_OF_BREATH, Finding.PLEURITIC_PAIN)),
    DIGESTION_AND_URINE("Digestion and passing urine", List.of(Finding.PAIN_RELATED_TO_EATING,
            Finding.JAUNDICE_OR_DARK_URINE, Finding.URINARY_SYMPTOMS)),
    NERVES("Feeling, strength, bladder and bowel", List.of(Finding.BOWEL_OR_BLADDER_CHANGE, Finding.SADDLE_ANESTHESIA,
            Finding.LEG_WEAKNESS_OR_NUMBNESS, Finding.BILATERAL_LEG_SYMPTOMS, Finding.PROGRESSIVE_NEUROLOGICAL_DEFICIT,
            Finding.GAIT_DISTURBANCE, Finding.IMPAIRED_SENSATION)),
    FALLS_AND_BONES("Falls, injuries and bones", List.of(Finding.FALLS, Finding.SIGNIFICANT_TRAUMA, Finding.MINOR_TRAUMA,
            Finding.PREVIOUS_FRAGILITY_FRACTURE, Finding.HEIGHT_LOSS));

    private final String title;
    private final List<Finding> questions;

    RedFlagGroup(String title, List<Finding> questions) {
        this.title = title;
        this.questions = questions;
    }

    public String title() {
        return title;
    }

    public List<Finding> questions() {
        return questions;
    }

    /** The form field of the group's "None of these" box (value "yes" when ticked). */
    public String noneField() {
        return "noneOf." + name();
    }

    /** The key of the group's own message (beside the group, not a question). */
    public String errorKey() {
        return "flagGroup." + name();
    }

    public static String questionField(Finding finding) {
        return "flag." + finding.name();
    }
}
