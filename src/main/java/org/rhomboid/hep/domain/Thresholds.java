package org.rhomboid.hep.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The clinic's thresholds for the programme suggestions (HEP-PROGRESSION, HEP-REVIEW in docs/clinical-sources.md).
 * The defaults: progress at 80 % adherence with pain at most 3/10 for 14 days (3/10 echoes the "stop if pain is
 * above 3/10" handout rule, knowledge base E); review on a 2-point rise, the NPRS MCID (knowledge base C).
 */
public record Thresholds(int progressAdherencePercent, int progressMaxPain, int progressDays, int reviewPainRise) {

    public static final Thresholds DEFAULTS = new Thresholds(80, 3, 14, 2);

    /** Problems keyed by field name; empty when every value is given and in range. */
    public static Map<String, String> problems(Integer adherence, Integer maxPain, Integer days, Integer rise) {
        Map<String, String> problems = new LinkedHashMap<>();
        range(problems, "progressAdherencePercent", adherence, 50, 100, "a percentage");
        range(problems, "progressMaxPain", maxPain, 0, 10, "a pain score");
        range(problems, "progressDays", days, 7, 42, "a number of days");
        range(problems, "reviewPainRise", rise, 1, 5, "a number of points");
        return problems;
    }

    public Thresholds {
        Map<String, String> problems = problems(progressAdherencePercent, progressMaxPain, progressDays,
                reviewPainRise);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Unsound thresholds " + problems);
        }
    }

    private static void range(Map<String, String> problems, String field, Integer value, int min, int max,
                              String what) {
        if (value == null || value < min || value > max) {
            problems.put(field, "Give " + what + " from " + min + " to " + max);
        }
    }
}
