package org.rhomboid.billing.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * PT evaluation level (97161 / 97162 / 97163). Each component — history (personal factors and comorbidities
 * affecting the plan), examination elements, clinical presentation, decision making — supports a level; every
 * component must support the level billed, so the least complex supported level wins. Source: AMA-EVAL.
 */
public final class EvaluationComplexity {

    public enum Level { LOW, MODERATE, HIGH }

    public enum Presentation { STABLE, EVOLVING, UNSTABLE }

    /** @param limitedBy the limiting components by their API field names (what a client sent) */
    public record Result(String code, Level complexity, int typicalMinutes, List<String> limitedBy) {

        /** The limiting components in the AMA descriptors' words, for the therapist ("limited by …"). */
        public List<String> limitedByInWords() {
            return limitedBy.stream().map(name -> switch (name) {
                case "personalFactors" -> "personal factors and comorbidities";
                case "examElements" -> "body systems examined";
                case "presentation" -> "clinical presentation";
                case "decisionMaking" -> "clinical decision making";
                default -> throw new IllegalStateException("No words for component " + name);
            }).toList();
        }
    }

    private EvaluationComplexity() {
    }

    public static Result of(int personalFactors, int examElements, Presentation presentation, Level decisionMaking) {
        if (personalFactors < 0) {
            throw new IllegalArgumentException("personalFactors can't be negative");
        }
        if (examElements < 1) {
            throw new IllegalArgumentException("An evaluation examines at least one element (examElements ≥ 1)");
        }
        Level history = personalFactors == 0 ? Level.LOW : personalFactors <= 2 ? Level.MODERATE : Level.HIGH;
        Level exam = examElements <= 2 ? Level.LOW : examElements == 3 ? Level.MODERATE : Level.HIGH;
        Level clinical = Level.values()[presentation.ordinal()];
        Level[] components = {history, exam, clinical, decisionMaking};
        String[] names = {"personalFactors", "examElements", "presentation", "decisionMaking"};
        Level billed = Level.HIGH;
        Level highest = Level.LOW;
        for (Level level : components) {
            billed = level.compareTo(billed) < 0 ? level : billed;
            highest = level.compareTo(highest) > 0 ? level : highest;
        }
        List<String> limitedBy = new ArrayList<>();
        if (billed != highest) {
            for (int i = 0; i < components.length; i++) {
                if (components[i] == billed) {
                    limitedBy.add(names[i]);
                }
            }
        }
        return switch (billed) {
            case LOW -> new Result("97161", billed, 20, limitedBy);
            case MODERATE -> new Result("97162", billed, 30, limitedBy);
            case HIGH -> new Result("97163", billed, 45, limitedBy);
        };
    }
}
