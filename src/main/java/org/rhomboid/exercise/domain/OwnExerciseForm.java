package org.rhomboid.exercise.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rhomboid.reasoning.domain.Classification;
import org.rhomboid.shared.domain.FormReader;

/**
 * A clinic's own exercise as typed: the same parts as a built-in one (steps, cautions and the like one per
 * line; poses as joint angles), checked field by field so the page can show each message beside its field.
 */
public final class OwnExerciseForm {

    public static final int MAX_LINES = 12;
    public static final int LINE_LIMIT = 300;

    public record Checked(Exercise exercise, Map<String, String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private OwnExerciseForm() {
    }

    /** @param code the exercise's code when editing; null for a new one (made from the name) */
    public static Checked check(Map<String, List<String>> form, String code) {
        FormReader f = new FormReader(form);
        String name = f.text("name", 120);
        if (name.isEmpty()) {
            f.error("name", "Give the exercise a name");
        }
        Category category = f.choice("category", Category.class);
        if (category == null && f.value("category").isEmpty()) {
            f.error("category", "Choose a category");
        }
        String purpose = f.text("purpose", 500);
        if (purpose.isEmpty()) {
            f.error("purpose", "Say in a sentence what it is for");
        }
        List<String> steps = lines(f, "steps");
        if (steps.isEmpty() && !f.errors().containsKey("steps")) {
            f.error("steps", "Write the steps, one per line");
        }
        List<String> cautions = lines(f, "cautions");
        if (cautions.isEmpty() && !f.errors().containsKey("cautions")) {
            f.error("cautions", "Write at least one caution (e.g. when to stop)");
        }
        List<String> progressions = lines(f, "progressions");
        List<String> regressions = lines(f, "regressions");
        Integer sets = f.integer("sets", 1, Dosage.MAX_SETS, "1 to " + Dosage.MAX_SETS + " sets");
        Integer reps = f.integer("reps", 1, Dosage.MAX_REPS, "1 to " + Dosage.MAX_REPS + " repetitions");
        Integer hold = f.integer("holdSeconds", 1, Dosage.MAX_HOLD_SECONDS, "1 to 300 seconds");
        Integer minutes = f.integer("minutes", 1, Dosage.MAX_MINUTES, "1 to 60 minutes");
        Integer times = f.integer("timesPerDay", 1, Dosage.MAX_TIMES_PER_DAY, "1 to 6 times a day");
        Integer days = f.integer("daysPerWeek", 1, 7, "1 to 7 days a week");
        Dosage.problems(sets, reps, hold, minutes, times, days).forEach(f::error);
        Set<Movement> movements = choices(f, "movements", Movement.class);
        Set<Classification> suits = choices(f, "suits", Classification.class);
        suits.remove(Classification.SUSPECTED_SERIOUS_PATHOLOGY);
        Set<Prop> props = choices(f, "props", Prop.class);
        Pose start = pose(f, "startPose");
        Pose end = pose(f, "endPose");
        if (start != null && start.equals(end)) {
            f.error("endPose", "The end position must differ from the start, or nothing moves");
        }
        String finalCode = code != null ? code : codeFor(name);
        if (finalCode.length() <= 2) {
            f.error("name", "Use letters or numbers in the name");
        }
        if (!f.errors().isEmpty()) {
            return new Checked(null, Map.copyOf(f.errors()));
        }
        return new Checked(new Exercise(finalCode, name, category, purpose, steps,
                new Dosage(sets, reps, hold, minutes, times, days), progressions, regressions, cautions, movements,
                suits, props, start, end, false), Map.of());
    }

    /** "c-" and the name in lower-case words joined by hyphens: "Wall sit" → "c-wall-sit". */
    public static String codeFor(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "c-" + (plain.length() > 60 ? plain.substring(0, 60).replaceAll("-+$", "") : plain);
    }

    private static List<String> lines(FormReader f, String field) {
        List<String> lines = new ArrayList<>();
        for (String line : f.value(field).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.size() > MAX_LINES) {
            f.error(field, "At most " + MAX_LINES + " lines");
        }
        if (lines.stream().anyMatch(l -> l.length() > LINE_LIMIT)) {
            f.error(field, "Keep each line under " + LINE_LIMIT + " characters");
        }
        return lines;
    }

    private static <E extends Enum<E>> Set<E> choices(FormReader f, String field, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (String raw : f.values(field)) {
            E value = f.choice(field, raw, type);
            if (value != null) {
                set.add(value);
            }
        }
        return set;
    }

    private static Pose pose(FormReader f, String field) {
        String problem = Pose.check(f.value(field));
        if (problem != null) {
            f.error(field, problem);
            return null;
        }
        return Pose.parse(f.value(field));
    }
}
