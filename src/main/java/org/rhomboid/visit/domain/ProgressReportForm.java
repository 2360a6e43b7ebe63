package org.rhomboid.visit.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.goal.domain.GoalStatus;
import org.rhomboid.shared.domain.FormReader;

/**
 * The progress report as typed: where each goal stands with a comment, the assessment of progress and the plan
 * going forward (Benefit Policy Manual §220.3.D content: progress toward each goal, plan for continuing, changes
 * to goals or plan — PR-CONTENT). Fields: {@code visitDate}, {@code goal.{id}.status}, {@code goal.{id}.comment},
 * {@code assessment}, {@code plan}.
 */
public record ProgressReportForm(Map<String, List<String>> fields) {

    public static final int TEXT_LIMIT = 4000;
    public static final int COMMENT_LIMIT = 1000;

    /** One goal's progress as the therapist judged it. */
    public record GoalProgress(UUID goalId, GoalStatus status, String comment) {}

    public record Report(LocalDate visitDate, List<GoalProgress> goals, String assessment, String plan) {}

    public record Checked(Report report, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public ProgressReportForm {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Map.copyOf(copy);
    }

    public String value(String name) {
        return new FormReader(fields).value(name);
    }

    /**
     * For signing everything is required: a status for every goal of the plan, the assessment and the plan; a
     * draft only needs what is given to be well formed.
     */
    public Checked check(List<UUID> goalIds, LocalDate episodeStart, LocalDate today, boolean signing) {
        FormReader f = new FormReader(fields);
        LocalDate date = f.date("visitDate", episodeStart, today,
                "Give a date from the start of the episode (" + episodeStart + ") to today");
        List<GoalProgress> goals = new java.util.ArrayList<>();
        for (UUID id : goalIds) {
            String prefix = "goal." + id;
            GoalStatus status = f.choice(prefix + ".status", GoalStatus.class);
            String comment = f.text(prefix + ".comment", COMMENT_LIMIT);
            if (signing && status == null && !f.errors().containsKey(prefix + ".status")) {
                f.error(prefix + ".status", "Say where this goal stands");
            }
            goals.add(new GoalProgress(id, status, blank(comment)));
        }
        String assessment = blank(f.text("assessment", TEXT_LIMIT));
        String plan = blank(f.text("plan", TEXT_LIMIT));
        if (signing) {
            if (date == null && !f.errors().containsKey("visitDate")) {
                f.error("visitDate", "Give the date of the report");
            }
            if (assessment == null && !f.errors().containsKey("assessment")) {
                f.error("assessment", "Assess the progress toward the goals");
            }
            if (plan == null && !f.errors().containsKey("plan")) {
                f.error("plan", "Give the plan going forward (continue, change or discharge)");
            }
        }
        Map<String, String> errors = f.errors();
        return errors.isEmpty() ? new Checked(new Report(date, List.copyOf(goals), assessment, plan), Map.of())
                : new Checked(null, errors);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
