package org.rhomboid.exercise.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.shared.domain.Plural;

/**
 * How much of an exercise: sets of repetitions (or minutes, for breathing), an optional hold at the end position,
 * and how often. Defaults come from EXERCISE-DOSAGE in docs/clinical-sources.md; the therapist edits them.
 */
public record Dosage(int sets, Integer reps, Integer holdSeconds, Integer minutes, int timesPerDay, int daysPerWeek) {

    public static final int MAX_SETS = 10;
    public static final int MAX_REPS = 100;
    public static final int MAX_HOLD_SECONDS = 300;
    public static final int MAX_MINUTES = 60;
    public static final int MAX_TIMES_PER_DAY = 6;

    /**
     * Problems keyed by field name (sets, reps, holdSeconds, minutes, timesPerDay, daysPerWeek); empty when sound.
     * Each message names what it is about in words ("Give how many days a week"), never the field's name.
     */
    public static Map<String, String> problems(Integer sets, Integer reps, Integer holdSeconds, Integer minutes,
                                               Integer timesPerDay, Integer daysPerWeek) {
        Map<String, String> problems = new LinkedHashMap<>();
        range(problems, "sets", "sets", sets, 1, MAX_SETS, true);
        range(problems, "reps", "repetitions", reps, 1, MAX_REPS, false);
        range(problems, "holdSeconds", "seconds of hold", holdSeconds, 1, MAX_HOLD_SECONDS, false);
        range(problems, "minutes", "minutes", minutes, 1, MAX_MINUTES, false);
        range(problems, "timesPerDay", "times a day", timesPerDay, 1, MAX_TIMES_PER_DAY, true);
        range(problems, "daysPerWeek", "days a week", daysPerWeek, 1, 7, true);
        if (reps == null && minutes == null && holdSeconds == null && !problems.containsKey("reps")) {
            problems.put("reps", "Give repetitions, a hold time or minutes");
        }
        return problems;
    }

    public Dosage {
        if (!problems(sets, reps, holdSeconds, minutes, timesPerDay, daysPerWeek).isEmpty()) {
            throw new IllegalArgumentException("Unsound dosage " + problems(sets, reps, holdSeconds, minutes,
                    timesPerDay, daysPerWeek));
        }
    }

    /** Sessions of this exercise a week: what adherence is measured against. */
    public int sessionsPerWeek() {
        return timesPerDay * daysPerWeek;
    }

    /** "3 sets of 10, hold 5 s — twice a day, 5 days a week". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (reps != null) {
            parts.add(sets == 1 ? Plural.of(reps, "repetition") : sets + " sets of " + reps);
        } else if (minutes != null) {
            parts.add(sets == 1 ? Plural.of(minutes, "minute") : sets + " × " + Plural.of(minutes, "minute"));
        } else {
            parts.add(sets == 1 ? "once" : sets + " times");
        }
        if (holdSeconds != null) {
            parts.add("hold " + holdSeconds + " s");
        }
        if (minutes != null && reps != null) {
            parts.add(Plural.of(minutes, "minute"));
        }
        String often = switch (timesPerDay) {
            case 1 -> "once a day";
            case 2 -> "twice a day";
            default -> timesPerDay + " times a day";
        };
        String days = daysPerWeek == 7 ? "every day" : daysPerWeek + (daysPerWeek == 1 ? " day" : " days") + " a week";
        return String.join(", ", parts) + " — " + often + ", " + days;
    }

    private static void range(Map<String, String> problems, String field, String words, Integer value, int min,
                              int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.put(field, "Give how many " + words);
            }
        } else if (value < min || value > max) {
            problems.put(field, "Use " + min + " to " + max + " " + words);
        }
    }
}
