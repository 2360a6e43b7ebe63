package org.rhomboid.outcome.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a patient's answers to one or more questionnaires from the raw form (field {@code NDI.3} = the fourth NDI
 * question) and scores them. Every question must be answered except the skippable ones, so a follow-up is as
 * complete as the patient can make it; each problem is reported beside its question in words a patient follows.
 */
public final class PatientAnswers {

    /** The responses, in item order, for every measure, or the problems by field; never both. */
    public record Checked(Map<OutcomeInstrument, List<Integer>> responses, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private PatientAnswers() {
    }

    public static String field(OutcomeInstrument instrument, int index) {
        return instrument.name() + "." + index;
    }

    public static Checked read(List<Questionnaire> questionnaires, Map<String, List<String>> form) {
        Map<OutcomeInstrument, List<Integer>> all = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Questionnaire questionnaire : questionnaires) {
            OutcomeInstrument instrument = questionnaire.instrument();
            List<Integer> responses = new ArrayList<>();
            boolean complete = true;
            for (int i = 0; i < questionnaire.questions().size(); i++) {
                Questionnaire.Question question = questionnaire.questions().get(i);
                Optional<Integer> answer = answer(question, first(form, field(instrument, i)));
                if (answer.isEmpty() && !first(form, field(instrument, i)).isEmpty()) {
                    errors.put(field(instrument, i), "Please choose one of the answers");
                    complete = false;
                } else if (answer.isEmpty() && !question.skippable()) {
                    errors.put(field(instrument, i), "Please answer this question");
                    complete = false;
                }
                responses.add(answer.orElse(null));
            }
            if (complete) {
                try {
                    Scores.score(instrument, responses);
                    all.put(instrument, responses);
                } catch (ScoringException refused) {
                    errors.put(fieldOf(instrument, refused), refused.getMessage());
                }
            }
        }
        return errors.isEmpty() ? new Checked(all, Map.of()) : new Checked(Map.of(), errors);
    }

    private static Optional<Integer> answer(Questionnaire.Question question, String raw) {
        return question.answers().stream().filter(a -> String.valueOf(a.value()).equals(raw.strip()))
                .map(Questionnaire.Answer::value).findFirst();
    }

    private static String first(Map<String, List<String>> form, String field) {
        List<String> values = form.getOrDefault(field, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    /** "responses[2]" from the scoring rules becomes the question's field; a whole-form problem its first one. */
    private static String fieldOf(OutcomeInstrument instrument, ScoringException refused) {
        String f = refused.field();
        if (f.startsWith("responses[") && f.endsWith("]")) {
            return field(instrument, Integer.parseInt(f.substring(10, f.length() - 1)));
        }
        return field(instrument, 0);
    }
}
