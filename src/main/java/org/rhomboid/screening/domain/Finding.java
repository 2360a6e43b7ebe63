package org.rhomboid.screening.domain;

/**
 * The fixed vocabulary of screening findings. Each a patient can report carries the plain-language question
 * the intake asks; findings only an examiner can establish (reflexes, a sensory level, pulses) carry none.
 */
public enum Finding {
    HISTORY_OF_CANCER("Have you ever had cancer?"),
    UNEXPLAINED_WEIGHT_LOSS("Have you lost weight recently without trying?"),
    NIGHT_PAIN_UNRELENTING("Does the pain keep you awake at night no matter how you lie?"),
    PAIN_NOT_RELIEVED_BY_REST("Does the pain stay the same even when you rest or lie down?"),
    NO_IMPROVEMENT_AFTER_4_WEEKS("Has the pain been going on for more than 4 weeks without getting any better?"),
    SYSTEMICALLY_UNWELL("Do you feel generally unwell (very tired, sweaty, off your food)?"),
    FEVER("Have you had a fever, chills or night sweats?"),
    BOWEL_OR_BLADDER_CHANGE("Have you had any new trouble controlling or passing urine or stools?"),
    SADDLE_ANESTHESIA("Is there numbness around your bottom, genitals or inner thighs?"),
    LEG_WEAKNESS_OR_NUMBNESS("Do your legs feel weak or numb?"),
    BILATERAL_LEG_SYMPTOMS("Do you have pain, pins and needles or numbness in both legs?"),
    PROGRESSIVE_NEUROLOGICAL_DEFICIT("Is numbness or weakness anywhere getting worse?"),
    GAIT_DISTURBANCE("Has your walking become clumsy or unsteady?"),
    UPPER_MOTOR_NEURON_SIGNS(null),
    SENSORY_LEVEL_ON_TRUNK(null),
    BAND_LIKE_TRUNK_PAIN("Does the pain wrap around your chest or belly like a band?"),
    PAIN_WORSE_LYING_FLAT("Is the pain worse when you lie flat?"),
    FALLS("Have you fallen recently?"),
    SIGNIFICANT_TRAUMA("Did the pain start after a serious accident, such as a car crash or a fall from a height?"),
    MINOR_TRAUMA("Did the pain start after a minor fall, a bump or lifting something?"),
    OSTEOPOROSIS("Have you been told you have osteoporosis or thin bones?"),
    LONG_TERM_CORTICOSTEROIDS("Have you taken steroid tablets or inhalers (such as prednisone) for more than 3 months?"),
    PREVIOUS_FRAGILITY_FRACTURE("Have you broken a bone from a minor fall or knock since age 50?"),
    HEIGHT_LOSS("Have you got shorter, or has your upper back become more rounded?"),
    IV_DRUG_USE("Have you injected drugs?"),
    IMMUNOSUPPRESSION("Do you take medicines that weaken the immune system, or have a condition that does?"),
    RECENT_INFECTION("Have you had an infection recently (for example urine, skin or chest)?"),
    RECENT_SPINAL_PROCEDURE("Have you had a spinal injection or spine surgery recently?"),
    DIABETES("Do you have diabetes?"),
    HISTORY_OF_TUBERCULOSIS("Have you ever had tuberculosis (TB)?"),
    EXERTIONAL_PAIN("Does the pain come on when you walk, climb stairs or exert yourself, and ease with rest?"),
    AUTONOMIC_SYMPTOMS("With the pain, do you get sweating, nausea, paleness or a racing heart?"),
    SHORTNESS_OF_BREATH("Are you short of breath?"),
    SUDDEN_ONSET_SEVERE_PAIN("Did severe pain come on suddenly, within seconds or minutes?"),
    TEARING_PAIN("Does the pain feel tearing or ripping?"),
    PULSE_DEFICIT(null),
    PLEURITIC_PAIN("Is there a sharp pain when you breathe in deeply?"),
    PAIN_RELATED_TO_EATING("Does eating bring the pain on or change it?"),
    JAUNDICE_OR_DARK_URINE("Have your skin or eyes turned yellow, or your urine very dark?"),
    URINARY_SYMPTOMS("Does it burn or sting to pass urine, or do you need to go much more often?"),
    PAIN_NOT_MECHANICAL("Is the pain the same whatever position you are in or however you move?"),
    ANTICOAGULANTS("Do you take blood thinners (such as warfarin, apixaban or rivaroxaban)?"),
    PACEMAKER_OR_IMPLANTED_DEVICE("Do you have a pacemaker or another implanted electronic device?"),
    PREGNANCY("Are you pregnant, or could you be?"),
    IMPAIRED_SENSATION("Is there an area of skin on your back or chest where you can't feel touch, heat or cold normally?");

    private final String question;

    Finding(String question) {
        this.question = question;
    }

    /** A short clinical label, e.g. "Unexplained weight loss". */
    public String label() {
        String words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace("iv drug", "IV drug");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The intake question, or null when only an examiner can establish this finding. */
    public String question() {
        return question;
    }

    public boolean patientReportable() {
        return question != null;
    }
}
