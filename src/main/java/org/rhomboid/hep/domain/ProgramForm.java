package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.rhomboid.exercise.domain.Dosage;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.ExerciseSafety;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.FormReader;

/**
 * Reads the therapist's prescription form and checks it: each exercise known to the clinic, a sound dosage, no
 * contraindicated exercise for this patient, and — where a caution is about a movement the exercise loads
 * ({@link ExerciseSafety.Verdict#adaptationNeeded()}) — the therapist's note on how it is adapted, for the chart,
 * and a separate plain-language line for the patient (HEP-SAFETY). Fields are {@code ex.N.code}, {@code ex.N.sets} … for rows N = 0…; {@code effectiveFrom} and
 * {@code message} belong to the programme.
 */
public final class ProgramForm {

    public static final int MAX_EXERCISES = 20;
    public static final int NOTE_LIMIT = 500;

    /** A checked prescription; {@code exercises} holds every readable, permitted row even when there are errors. */
    public record Checked(LocalDate effectiveFrom, String message, List<ProgramExercise> exercises,
                          Map<String, String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private ProgramForm() {
    }

    /**
     * @param find       the clinic's exercise for a code, if offered
     * @param safety     the patient's verdict for an exercise
     * @param earliest   the first allowed start date (the episode's start, or the current version's date)
     */
    public static Checked check(Map<String, List<String>> form, Function<String, Optional<Exercise>> find,
                                Function<Exercise, ExerciseSafety.Verdict> safety, LocalDate earliest,
                                LocalDate today, DateWords words) {
        FormReader f = new FormReader(form);
        LocalDate from = f.date("effectiveFrom", earliest, today.plusDays(30),
                "Start between " + words.day(earliest) + " and " + words.day(today.plusDays(30)));
        if (from == null && f.value("effectiveFrom").isEmpty()) {
            from = today.isBefore(earliest) ? earliest : today;
        }
        String message = f.text("message", 1000);
        List<ProgramExercise> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i : rows(form)) {
            String p = "ex." + i + ".";
            String code = f.value(p + "code");
            if (code.isEmpty()) {
                continue;
            }
            if (seen.size() >= MAX_EXERCISES) {
                f.error("exercises", "A programme has at most " + MAX_EXERCISES + " exercises");
                break;
            }
            Optional<Exercise> exercise = code.length() > 80 ? Optional.empty() : find.apply(code);
            if (exercise.isEmpty()) {
                f.error(p + "code", "This exercise isn't in the clinic's library");
                continue;
            }
            if (!seen.add(code)) {
                f.error(p + "code", exercise.get().name() + " is already in the programme");
                continue;
            }
            Integer sets = f.integer(p + "sets", 1, Dosage.MAX_SETS, "1 to " + Dosage.MAX_SETS + " sets");
            Integer reps = f.integer(p + "reps", 1, Dosage.MAX_REPS, "1 to " + Dosage.MAX_REPS + " repetitions");
            Integer hold = f.integer(p + "holdSeconds", 1, Dosage.MAX_HOLD_SECONDS, "1 to 300 seconds");
            Integer minutes = f.integer(p + "minutes", 1, Dosage.MAX_MINUTES, "1 to 60 minutes");
            Integer times = f.integer(p + "timesPerDay", 1, Dosage.MAX_TIMES_PER_DAY, "1 to 6 times a day");
            Integer days = f.integer(p + "daysPerWeek", 1, 7, "1 to 7 days a week");
            Map<String, String> dosageProblems = Dosage.problems(sets, reps, hold, minutes, times, days);
            dosageProblems.forEach((field, problem) -> f.error(p + field, problem));
            String instructions = f.text(p + "instructions", NOTE_LIMIT);
            String note = f.text(p + "safetyNote", NOTE_LIMIT);
            String patientNote = f.text(p + "patientNote", NOTE_LIMIT);
            ExerciseSafety.Verdict verdict = safety.apply(exercise.get());
            if (verdict.contraindicated()) {
                f.error(p + "code", exercise.get().name() + " is not safe for this patient: " + verdict.because());
            } else if (verdict.adaptationNeeded()) {
                if (note.isEmpty()) {
                    f.error(p + "safetyNote", "Caution — " + verdict.because()
                            + ". Write how you have adapted it (for the chart)");
                }
                if (patientNote.isEmpty()) {
                    f.error(p + "patientNote", "Write what the patient should do, in plain words "
                            + "(for example “Bend only halfway and stop if it hurts”)");
                }
            } else {
                // Nothing to adapt: no note is kept, so the chart holds none that a caution didn't ask for.
                note = "";
                patientNote = "";
            }
            if (!verdict.contraindicated() && dosageProblems.isEmpty() && f.errors().keySet().stream().noneMatch(k -> k.startsWith(p + "sets")
                    || k.startsWith(p + "reps") || k.startsWith(p + "hold") || k.startsWith(p + "minutes")
                    || k.startsWith(p + "times") || k.startsWith(p + "days"))) {
                rows.add(new ProgramExercise(code, exercise.get().name(),
                        new Dosage(sets, reps, hold, minutes, times, days), blankToNull(instructions),
                        blankToNull(note), blankToNull(patientNote)));
            }
        }
        if (seen.isEmpty() && !f.errors().containsKey("exercises")) {
            f.error("exercises", "Add at least one exercise");
        }
        Map<String, String> errors = new LinkedHashMap<>(f.errors());
        return new Checked(from, blankToNull(message), List.copyOf(rows), errors);
    }

    /** The row numbers the form holds, in order (rows are numbered by the page, not necessarily 0…n). */
    private static List<Integer> rows(Map<String, List<String>> form) {
        java.util.TreeSet<Integer> rows = new java.util.TreeSet<>();
        for (String key : form.keySet()) {
            java.util.regex.Matcher m = ROW.matcher(key);
            if (m.matches()) {
                rows.add(Integer.valueOf(m.group(1)));
            }
        }
        return List.copyOf(rows);
    }

    private static final java.util.regex.Pattern ROW = java.util.regex.Pattern.compile("ex\\.(\\d{1,3})\\.code");

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
