package org.rhomboid.visit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.episode.domain.DischargeReason;
import org.rhomboid.goal.domain.GoalStatus;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.FormReader;

/**
 * The physical therapist's reports as typed: the progress report, the re-evaluation and the discharge summary.
 * Each says where every goal stands with a comment, assesses progress and gives the plan (PR-CONTENT); a
 * re-evaluation also states why it was needed and what was found (REEVAL-CONTENT); a discharge summary gives the
 * reason for discharge and the home programme (DISCHARGE-CONTENT). Fields: {@code visitDate},
 * {@code goal.{id}.status}, {@code goal.{id}.comment}, {@code reason}, {@code findings}, {@code dischargeReason},
 * {@code homeProgram}, {@code assessment}, {@code plan}.
 */
public record TherapistReportForm(NoteKind kind, Map<String, List<String>> fields) {

    public static final int TEXT_LIMIT = 4000;
    public static final int COMMENT_LIMIT = 1000;

    /** One goal's progress as the therapist judged it. */
    public record GoalProgress(UUID goalId, GoalStatus status, String comment) {}

    /**
     * @param reason          re-evaluation only: the new condition or significant change that called for it
     * @param findings        re-evaluation only: what the re-examination found
     * @param dischargeReason discharge only
     * @param homeProgram     discharge only: what the patient goes on doing
     */
    public record Report(LocalDate visitDate, List<GoalProgress> goals, String reason, String findings,
                         DischargeReason dischargeReason, String homeProgram, String assessment, String plan) {}

    public record Checked(Report report, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public TherapistReportForm {
        if (kind == NoteKind.DAILY_NOTE) {
            throw new IllegalArgumentException("A daily note has its own form");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Map.copyOf(copy);
    }

    public String value(String name) {
        return new FormReader(fields).value(name);
    }

    /**
     * For signing everything the kind needs is required: a status for every goal of the plan, the assessment, the
     * plan (a discharge summary's recommendations are optional) and the kind's own fields; a draft only needs what
     * is given to be well formed.
     */
    public Checked check(List<UUID> goalIds, LocalDate episodeStart, LocalDate today, boolean signing,
                         DateWords words) {
        FormReader f = new FormReader(fields);
        LocalDate date = f.date("visitDate", episodeStart, today,
                "Give a date from the start of the episode (" + words.day(episodeStart) + ") to today");
        List<GoalProgress> goals = new ArrayList<>();
        for (UUID id : goalIds) {
            String prefix = "goal." + id;
            GoalStatus status = f.choice(prefix + ".status", GoalStatus.class);
            String comment = blank(f.text(prefix + ".comment", COMMENT_LIMIT));
            if (signing && status == null && !f.errors().containsKey(prefix + ".status")) {
                f.error(prefix + ".status", "Say where this goal stands");
            }
            goals.add(new GoalProgress(id, status, comment));
        }
        String reason = kind == NoteKind.RE_EVALUATION ? blank(f.text("reason", TEXT_LIMIT)) : null;
        String findings = kind == NoteKind.RE_EVALUATION ? blank(f.text("findings", TEXT_LIMIT)) : null;
        DischargeReason discharge = kind == NoteKind.DISCHARGE_SUMMARY
                ? f.choice("dischargeReason", DischargeReason.class) : null;
        String homeProgram = kind == NoteKind.DISCHARGE_SUMMARY ? blank(f.text("homeProgram", TEXT_LIMIT)) : null;
        String assessment = blank(f.text("assessment", TEXT_LIMIT));
        String plan = blank(f.text("plan", TEXT_LIMIT));
        if (signing) {
            require(f, "visitDate", date, "Give the date of the report");
            require(f, "assessment", assessment, kind == NoteKind.DISCHARGE_SUMMARY
                    ? "Summarise the episode: progress against the baseline" : "Assess the progress toward the goals");
            if (kind != NoteKind.DISCHARGE_SUMMARY) {
                require(f, "plan", plan, "Give the plan going forward (continue, change or discharge)");
            }
            if (kind == NoteKind.RE_EVALUATION) {
                require(f, "reason", reason, "Say what new condition or significant change called for a re-evaluation");
                require(f, "findings", findings, "Record what the re-examination found");
            }
            if (kind == NoteKind.DISCHARGE_SUMMARY) {
                require(f, "dischargeReason", discharge, "Choose the reason for discharge");
                require(f, "homeProgram", homeProgram, "Give the home programme the patient continues");
            }
        }
        Map<String, String> errors = f.errors();
        return errors.isEmpty() ? new Checked(new Report(date, List.copyOf(goals), reason, findings, discharge,
                homeProgram, assessment, plan), Map.of()) : new Checked(null, errors);
    }

    private static void require(FormReader f, String field, Object value, String message) {
        if (value == null && !f.errors().containsKey(field)) {
            f.error(field, message);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
