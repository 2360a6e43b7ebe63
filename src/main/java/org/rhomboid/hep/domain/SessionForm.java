package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.FormReader;

/**
 * The patient's session log as typed on the phone (HEP-LOG in docs/clinical-sources.md). Fields: {@code date}
 * (yyyy-mm-dd, not in the future, at most 7 days ago); per prescribed exercise {@code i} (0-based, in the order
 * given) {@code ex.i.status} (DONE, PARTLY or SKIPPED, required), {@code ex.i.sets} (0–20) and {@code ex.i.reps}
 * (0–200), both optional; {@code painBefore} and {@code painAfter} (0–10, required unless every exercise was
 * skipped); {@code difficulty} (optional); {@code comment} (≤ 500 characters). Every problem is reported at once,
 * keyed by field; the web layer shows the form again as typed, so nothing is lost.
 */
public final class SessionForm {

    public static final int MAX_SETS = 20;
    public static final int MAX_REPS = 200;

    private SessionForm() {
    }

    /** The log when the form is valid (errors empty), else null with a message per field. */
    public record Checked(SessionLog log, Map<String, String> errors) {

        public Checked {
            errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * @param today     the exercises prescribed for the day being logged, in the order the form shows them
     * @param date      the day the page was opened for, used when the {@code date} field is blank (may be null: the
     *                  field is then required)
     * @param todayDate today, in the clinic's time zone
     */
    public static Checked check(Map<String, List<String>> form, List<PrescribedExercise> today, LocalDate date,
                                LocalDate todayDate, DateWords words) {
        Objects.requireNonNull(todayDate, "todayDate");
        FormReader f = new FormReader(form == null ? Map.of() : form);
        List<PrescribedExercise> prescribed = today == null ? List.of() : today;

        LocalDate day = PatientFields.date(f, "date", date, todayDate, words);
        if (prescribed.isEmpty()) {
            f.error("date", "No exercises are prescribed for this day");
        }
        List<ExerciseDone> done = new ArrayList<>();
        boolean allSkipped = true;
        for (int i = 0; i < prescribed.size(); i++) {
            String row = "ex." + i;
            SessionStatus status = PatientFields.choice(f, row + ".status", SessionStatus.class, true,
                    "Choose done, partly or skipped");
            Integer sets = PatientFields.whole(f, row + ".sets", 0, MAX_SETS, "Sets are a number from 0 to "
                    + MAX_SETS);
            Integer reps = PatientFields.whole(f, row + ".reps", 0, MAX_REPS, "Repetitions are a number from 0 to "
                    + MAX_REPS);
            // A missing answer is not "skipped": ask for pain now rather than on a second try.
            allSkipped &= status == SessionStatus.SKIPPED;
            if (status != null) {
                done.add(new ExerciseDone(prescribed.get(i).code(), status, sets, reps));
            }
        }
        Integer before = PatientFields.pain(f, "painBefore", !allSkipped);
        Integer after = PatientFields.pain(f, "painAfter", !allSkipped);
        Difficulty difficulty = PatientFields.choice(f, "difficulty", Difficulty.class, false,
                "Choose one of the options");
        String comment = PatientFields.comment(f, "comment");

        if (!f.errors().isEmpty()) {
            return new Checked(null, f.errors());
        }
        return new Checked(new SessionLog(day, done, before, after, difficulty, comment), Map.of());
    }
}
