package org.rhomboid.exercise.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.rhomboid.intervention.domain.InterventionSafety.Reason;
import org.rhomboid.intervention.domain.InterventionSafety.Status;
import org.rhomboid.shared.domain.RuleTables;

/**
 * Whether each exercise is safe for this patient, from the movements it asks of the spine and the patient's
 * risks, matched against exercise/safety.tsv (HEP-SAFETY). A contraindicated exercise is never prescribed. The
 * most severe reason decides. An exercise under caution needs the therapist's note on how it is adapted only where
 * a caution is about a movement the exercise loads. A rule for every exercise ({@code *}, e.g. an urgent referral)
 * counts for anything the patient physically does, walking and stretches included (the safer reading); an
 * education item that asks no movement (understanding back pain, setting up a desk) has nothing to adapt — the
 * caution is shown to the therapist and nothing more is asked.
 */
public final class ExerciseSafety {

    public record Verdict(Exercise exercise, Status status, List<Reason> reasons, boolean adaptationNeeded) {

        public boolean contraindicated() {
            return status == Status.CONTRAINDICATED;
        }

        public boolean caution() {
            return status == Status.CAUTION;
        }

        /** Under caution with nothing to adapt: the exercise loads none of the movements the cautions are about. */
        public boolean cautionOnly() {
            return caution() && !adaptationNeeded;
        }

        /** The reasons at the deciding level, joined for a sentence. */
        public String because() {
            return String.join("; ", reasons.stream().filter(r -> r.level() == status).map(Reason::message)
                    .distinct().toList());
        }
    }

    private record Rule(String movement, String trigger, Status level, String message, String source) {}

    private static final List<Rule> RULES = RuleTables.rows("/exercise/safety.tsv").stream()
            .map(f -> new Rule(f[0], f[1], Status.valueOf(f[2]), f[3], f[4])).toList();

    private ExerciseSafety() {
    }

    public static Verdict check(Exercise exercise, PatientRisks risks) {
        return check(List.of(exercise), risks).get(0);
    }

    public static List<Verdict> check(Collection<Exercise> exercises, PatientRisks risks) {
        Set<String> triggers = risks.triggers();
        List<Verdict> verdicts = new ArrayList<>();
        for (Exercise exercise : exercises) {
            List<Reason> reasons = new ArrayList<>();
            Status status = Status.ALLOWED;
            boolean loadsACautionedMovement = false;
            for (Rule rule : RULES) {
                boolean everyExercise = rule.movement().equals("*");
                boolean applies = everyExercise
                        || exercise.movements().stream().anyMatch(m -> m.name().equals(rule.movement()));
                if (applies && triggers.contains(rule.trigger())) {
                    reasons.add(new Reason(rule.trigger(), rule.level(), rule.message(), rule.source()));
                    status = rule.level().compareTo(status) > 0 ? rule.level() : status;
                    if (rule.level() == Status.CAUTION) {
                        loadsACautionedMovement |= !everyExercise || movesTheBody(exercise);
                    }
                }
            }
            reasons.sort((a, b) -> b.level().compareTo(a.level()));
            verdicts.add(new Verdict(exercise, status, List.copyOf(reasons),
                    status == Status.CAUTION && loadsACautionedMovement));
        }
        return verdicts;
    }

    /** An education item asking no movement is read, not done; everything else loads the body somehow. */
    static boolean movesTheBody(Exercise exercise) {
        return !exercise.movements().isEmpty() || exercise.category() != Category.EDUCATION;
    }
}
