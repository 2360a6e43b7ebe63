package org.rhomboid.outcome.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a patient sees when completing a measure on their phone: the instructions, each question and its answers
 * with the value each answer scores. The wording is written for Rhomboid in plain language, following each
 * instrument's published item order and scale (PATIENT-FORMS): the licensed verbatim forms are not reproduced.
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
     * The patient-facing form of an instrument. The PSFS asks about the activities the patient named at intake, so
     * it needs them; without any it can't be asked.
     */
    public static Questionnaire of(OutcomeInstrument instrument, List<String> psfsActivities) {
        return switch (instrument) {
            case NPRS -> new Questionnaire(instrument, "Your pain",
                    "0 means no pain, 10 the worst pain you can imagine.",
                    List.of(scale("Your pain right now", 0, 10), scale("Your pain at its best in the last 24 hours", 0, 10),
                            scale("Your pain at its worst in the last 24 hours", 0, 10)));
            case PSFS -> psfs(psfsActivities);
            case NDI -> ladders(instrument, "How your neck and upper back pain affects daily life",
                    "For each question choose the one answer that best describes you today.",
                    QuestionnaireText.NDI);
            case ODI -> ladders(instrument, "How your back pain affects daily life",
                    "For each question choose the one answer that best describes you today.",
                    QuestionnaireText.ODI);
            case FRI -> ladders(instrument, "How your spine pain affects daily life",
                    "For each question choose the answer that best describes you today.",
                    QuestionnaireText.FRI);
            case FABQ -> fabq();
            case GROC -> new Questionnaire(instrument, "Overall change",
                    "Think about your main problem when you started treatment here.",
                    List.of(new Question("Overall, how has it changed since you started treatment?", null, false,
                            QuestionnaireText.GROC)));
        };
    }

    /** Whether the patient can be asked this measure (the PSFS needs the activities named at intake). */
    public static boolean askable(OutcomeInstrument instrument, List<String> psfsActivities) {
        return instrument != OutcomeInstrument.PSFS || !psfsActivities.isEmpty();
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

    private static Questionnaire fabq() {
        List<Answer> agreement = new ArrayList<>();
        for (int value = 0; value <= 6; value++) {
            String text = switch (value) {
                case 0 -> "0 — completely disagree";
                case 3 -> "3 — unsure";
                case 6 -> "6 — completely agree";
                default -> String.valueOf(value);
            };
            agreement.add(new Answer(value, text));
        }
        List<Question> questions = QuestionnaireText.FABQ.stream()
                .map(statement -> new Question(statement, null, false, List.copyOf(agreement))).toList();
        return new Questionnaire(OutcomeInstrument.FABQ, "Your pain, activity and work",
                "Here are some things other patients have told us about their pain. For each statement choose how "
                        + "much physical activity, like bending, lifting, walking or driving, affects or would "
                        + "affect your pain. There are no right or wrong answers.", questions);
    }

    private static Questionnaire ladders(OutcomeInstrument instrument, String heading, String instructions,
                                         List<QuestionnaireText.Item> items) {
        List<Question> questions = new ArrayList<>();
        for (QuestionnaireText.Item item : items) {
            List<Answer> answers = new ArrayList<>();
            for (int value = 0; value < item.answers().size(); value++) {
                answers.add(new Answer(value, item.answers().get(value)));
            }
            questions.add(new Question(item.question(), item.skipHint(), item.skipHint() != null,
                    List.copyOf(answers)));
        }
        return new Questionnaire(instrument, heading, instructions, List.copyOf(questions));
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
