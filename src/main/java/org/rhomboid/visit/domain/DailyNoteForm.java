package org.rhomboid.visit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.rhomboid.billing.domain.ProcedureCode;
import org.rhomboid.billing.domain.TimedUnits;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.FormReader;

/**
 * The daily-note form exactly as typed (field name → values) and its validation. The raw form is what a draft
 * keeps, so nothing typed is lost; {@link #check} reads it for saving a draft (each field must be what it asks
 * for, blanks allowed) and {@link #checkForSigning} for signing (complete: DAILY-NOTE-CONTENT).
 *
 * <p>Services are rows {@code i0..i19}: {@code i{n}.code}, {@code .minutes}, {@code .ptaMinutes},
 * {@code .separateBlock}, {@code .notes}, and exercise rows {@code i{n}.e{m}.name/sets/reps/load/hold}
 * ({@code m} 0..11). A row with a blank code, and an exercise row with only blanks, are ignored. Only codes the
 * plan of care covers may be documented (PlanCoverage).
 */
public record DailyNoteForm(Map<String, List<String>> fields) {

    public static final int TEXT_LIMIT = 4000;
    public static final int NOTES_LIMIT = 500;
    public static final int EXERCISE_NAME_LIMIT = 100;
    public static final int LOAD_LIMIT = 40;
    public static final int MAX_SERVICES = 20;
    public static final int MAX_EXERCISES = 12;
    public static final int MAX_MINUTES = TimedUnits.MAX_MINUTES;
    public static final int REASON_LIMIT = 500;

    /**
     * What the form is checked against: today, the episode's first day, what the plan covers, and whether the
     * author is an assistant (whose own minutes need not be typed twice: blank means all of them).
     */
    public record Context(LocalDate today, LocalDate episodeStart, PlanCoverage coverage, boolean assistantAuthor,
                          DateWords words) {
        public Context {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(today, "today");
            Objects.requireNonNull(episodeStart, "episodeStart");
            Objects.requireNonNull(coverage, "coverage");
        }

        public Context(LocalDate today, LocalDate episodeStart, PlanCoverage coverage, DateWords words) {
            this(today, episodeStart, coverage, false, words);
        }
    }

    /**
     * The note when the form is valid, else the messages by field; warnings (precautions on a documented
     * service) are shown beside their field but do not stop saving or signing.
     */
    public record Checked(DailyNote note, Map<String, String> errors, Map<String, String> warnings) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public DailyNoteForm {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Map.copyOf(copy);
    }

    public static DailyNoteForm empty() {
        return new DailyNoteForm(Map.of());
    }

    public String value(String name) {
        return new FormReader(fields).value(name);
    }

    /** For saving a draft: every field given must be valid; nothing is required. */
    public Checked check(Context context) {
        return read(context, false);
    }

    /** For signing: as {@link #check}, and the note must be complete. */
    public Checked checkForSigning(Context context) {
        return read(context, true);
    }

    private Checked read(Context context, boolean signing) {
        FormReader f = new FormReader(fields);
        Map<String, String> warnings = new LinkedHashMap<>();

        LocalDate visitDate = f.date("visitDate", context.episodeStart(), context.today(),
                "Give a date from the start of the episode (" + context.words().day(context.episodeStart()) + ") to today");
        Integer pain = f.integer("painToday", 0, 10, "pain from 0 to 10");
        String report = text(f, "patientReport", TEXT_LIMIT);
        HepAdherence hep = f.choice("hepAdherence", HepAdherence.class);
        String objective = text(f, "objective", TEXT_LIMIT);

        List<DailyNote.Treatment> treatments = new ArrayList<>();
        Map<String, Integer> rowOfCode = new HashMap<>();
        int timedMinutes = 0;
        for (int n = 0; n < MAX_SERVICES; n++) {
            String row = "i" + n;
            String code = f.value(row + ".code").toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            PlanCoverage.Decision coverage = context.coverage().check(code);
            if (!coverage.documentable()) {
                f.error(row + ".code", coverage.message());
            } else if (coverage.verdict() == PlanCoverage.Verdict.CAUTION) {
                warnings.put(row + ".code", coverage.message());
            }
            Integer previous = rowOfCode.putIfAbsent(code, n);
            if (previous != null) {
                f.error(row + ".code", code + " is already documented above; give all its minutes on one row");
            }
            boolean timed = context.coverage().catalog().find(code).map(ProcedureCode::timed).orElse(false);

            Integer minutes = f.integer(row + ".minutes", 0, MAX_MINUTES, "minutes from 0 to " + MAX_MINUTES);
            if (signing && !f.errors().containsKey(row + ".minutes")) {
                if (minutes == null && timed) {
                    f.error(row + ".minutes", "Give the minutes of " + code);
                } else if (minutes != null && minutes == 0 && timed) {
                    f.error(row + ".minutes", code + " is timed: give its minutes, or remove the row");
                }
            }
            Integer assistant = f.integer(row + ".ptaMinutes", 0, MAX_MINUTES, "minutes from 0 to " + MAX_MINUTES);
            if (assistant == null && context.assistantAuthor() && f.value(row + ".ptaMinutes").isEmpty()) {
                // The assistant wrote the note: unless they say otherwise, they furnished the whole service.
                assistant = minutes;
            }
            if (assistant != null && assistant > (minutes == null ? 0 : minutes)
                    && !f.errors().containsKey(row + ".minutes")) {
                f.error(row + ".ptaMinutes", "The assistant's minutes can't be more than the service's minutes");
            }
            boolean separate = f.ticked(row + ".separateBlock");
            String notes = text(f, row + ".notes", NOTES_LIMIT);
            List<DailyNote.Exercise> exercises = exercises(f, row, signing);
            if (timed && minutes != null) {
                timedMinutes += minutes;
            }
            treatments.add(new DailyNote.Treatment(code, signing && minutes == null ? Integer.valueOf(0) : minutes,
                    assistant == null ? 0 : assistant, separate, notes, exercises));
        }

        Integer total = f.integer("totalTreatmentMinutes", 0, MAX_MINUTES, "minutes from 0 to " + MAX_MINUTES);
        if (total != null && total < timedMinutes) {
            f.error("totalTreatmentMinutes", "The total treatment time can't be less than the timed minutes ("
                    + timedMinutes + ")");
        }
        String assessment = text(f, "assessment", TEXT_LIMIT);
        String plan = text(f, "plan", TEXT_LIMIT);
        boolean separate = f.ticked("separateSession");
        String sessionReason = separate ? text(f, "separateSessionReason", REASON_LIMIT) : null;

        if (signing) {
            require(f, "visitDate", visitDate, "Give the date of the visit");
            if (treatments.isEmpty()) {
                f.error("i0.code", "Document at least one service before signing");
            }
            require(f, "totalTreatmentMinutes", total, "Give the total treatment time in minutes");
            if (total != null && total == 0 && !f.errors().containsKey("totalTreatmentMinutes")) {
                f.error("totalTreatmentMinutes", "Give the total treatment time in minutes");
            }
            require(f, "assessment", assessment, "Write the assessment: how the patient responded today");
            if (separate) {
                require(f, "separateSessionReason", sessionReason,
                        "Say why this is a separate session (for example, a second visit in the afternoon)");
            }
        }
        if (!f.errors().isEmpty()) {
            return new Checked(null, Map.copyOf(f.errors()), Map.copyOf(warnings));
        }
        return new Checked(new DailyNote(visitDate, pain, report, hep, objective, treatments, total, assessment, plan,
                separate ? (sessionReason == null ? "" : sessionReason) : null), Map.of(), Map.copyOf(warnings));
    }

    private static List<DailyNote.Exercise> exercises(FormReader f, String row, boolean signing) {
        List<DailyNote.Exercise> exercises = new ArrayList<>();
        for (int m = 0; m < MAX_EXERCISES; m++) {
            String e = row + ".e" + m;
            if (f.value(e + ".name").isEmpty() && f.value(e + ".sets").isEmpty() && f.value(e + ".reps").isEmpty()
                    && f.value(e + ".load").isEmpty() && f.value(e + ".hold").isEmpty()) {
                continue;
            }
            String name = text(f, e + ".name", EXERCISE_NAME_LIMIT);
            Integer sets = f.integer(e + ".sets", 1, 20, "1 to 20 sets");
            Integer reps = f.integer(e + ".reps", 1, 100, "1 to 100 repetitions");
            String load = text(f, e + ".load", LOAD_LIMIT);
            Integer hold = f.integer(e + ".hold", 0, 600, "a hold from 0 to 600 seconds");
            if (signing && name == null) {
                f.error(e + ".name", "Name the exercise, or clear the row");
            }
            exercises.add(new DailyNote.Exercise(name, sets, reps, load, hold));
        }
        return exercises;
    }

    /** Text within its limit; blank is null, so a draft's blanks are explicit. */
    private static String text(FormReader f, String field, int limit) {
        String text = f.text(field, limit);
        return text.isEmpty() ? null : text;
    }

    private static void require(FormReader f, String field, Object value, String message) {
        if (value == null && !f.errors().containsKey(field)) {
            f.error(field, message);
        }
    }
}
