package org.rhomboid.outcome.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a patient sees when completing a measure on their phone: the instructions, each question and its answers
 * with the value each answer scores. Rhomboid ships the wording of the NPRS, PSFS and GROC only; the NDI, ODI, FABQ
 * and FRI are copyrighted, so their form is the wording the clinic loaded ({@link LicensedWording#questionnaire()},
 * QUESTIONNAIRE-LICENCE).
 *
 * @param questions in the instrument's item order, so the i-th answer is the i-th response the scoring rules take
 */
public record Questionnaire(OutcomeInstrument instrument, String heading, String instructions,
                            List<Question> questions) {

    /** One answer and the value it scores. */
    public record Answer(int value, String text) {}

    /**
     * One question. {@code skippable} questions may be left blank ("if you don't drive…"); the scoring rules then
     * treat them as missing items.
     */
    public record Question(String text, String hint, boolean skippable, List<Answer> answers) {}

    /**
     * The patient-facing form of an instrument whose wording Rhomboid ships. The PSFS asks about the activities the
     * patient named at intake, so it needs them; without any it can't be asked.
     *
     * @throws IllegalArgumentException for an instrument whose wording the clinic must load
     */
    public static Questionnaire of(OutcomeInstrument instrument, List<String> psfsActivities) {
        return switch (instrument) {
            case NPRS -> new Questionnaire(instrument, "Your pain",
                    "0 means no pain, 10 the worst pain you can imagine.",
                    List.of(scale("Your pain right now", 0, 10), scale("Your pain at its best in the last 24 hours", 0, 10),
                            scale("Your pain at its worst in the last 24 hours", 0, 10)));
            case PSFS -> psfs(psfsActivities);
            case NDI, ODI, FABQ, FRI -> throw new IllegalArgumentException("The " + instrument.name()
                    + " is asked in the wording the clinic loaded (LicensedWording)");
            case GROC -> new Questionnaire(instrument, "Overall change",
                    "Think about your main problem when you started treatment here.",
                    List.of(new Question("Overall, how has it changed since you started treatment?", null, false,
                            QuestionnaireText.GROC)));
        };
    }

    /**
     * Whether the patient can be asked this measure in Rhomboid's own wording (the PSFS needs the activities named at
     * intake; the licensed instruments need the clinic's wording, which {@link LicensedWording} reads).
     */
    public static boolean askable(OutcomeInstrument instrument, List<String> psfsActivities) {
        return !LicensedWording.needed(instrument)
                && (instrument != OutcomeInstrument.PSFS || !psfsActivities.isEmpty());
    }

    private static Questionnaire psfs(List<String> activities) {
        if (activities.isEmpty() || activities.size() > OutcomeInstrument.PSFS.maxItems()) {
            throw new IllegalArgumentException("The PSFS asks about 1 to 5 activities the patient named");
        }
        List<Question> questions = new ArrayList<>();
        for (String activity : activities) {
            questions.add(new Question(activity, "0 = unable to do it, 10 = able to do it as well as before",
                    false, numbers(0, 10)));
        }
        return new Questionnaire(OutcomeInstrument.PSFS, "Activities you find hard",
                "These are the activities you told us were hard because of your problem. How well can you do each "
                        + "one today?", List.copyOf(questions));
    }

    private static Question scale(String text, int from, int to) {
        return new Question(text, null, false, numbers(from, to));
    }

    private static List<Answer> numbers(int from, int to) {
        List<Answer> answers = new ArrayList<>();
        for (int value = from; value <= to; value++) {
            answers.add(new Answer(value, String.valueOf(value)));
        }
        return List.copyOf(answers);
    }
}
