package org.rhomboid.exercise.domain;

import java.util.List;
import java.util.Set;
import org.rhomboid.reasoning.domain.Classification;

/**
 * One exercise as a patient and a therapist need it: plain-language steps, why it helps, default dosage, how to
 * make it harder or easier, what to watch for, which presentations it suits, and the start and end poses its
 * pictures are drawn from. {@code code} is stable (it is what programs store); built-in codes are lower-case
 * words with hyphens, a clinic's own start with "c-".
 */
public record Exercise(String code, String name, Category category, String purpose, List<String> steps,
                       Dosage dosage, List<String> progressions, List<String> regressions, List<String> cautions,
                       Set<Movement> movements, Set<Classification> suits, Set<Prop> props, Pose start, Pose end,
                       boolean builtIn) {

    public Exercise {
        steps = List.copyOf(steps);
        progressions = List.copyOf(progressions);
        regressions = List.copyOf(regressions);
        cautions = List.copyOf(cautions);
        movements = Set.copyOf(movements);
        suits = Set.copyOf(suits);
        props = Set.copyOf(props);
    }
}
