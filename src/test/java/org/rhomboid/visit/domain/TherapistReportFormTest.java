package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.episode.domain.DischargeReason;
import org.rhomboid.goal.domain.GoalStatus;
import org.rhomboid.shared.domain.TestDates;

class TherapistReportFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final UUID GOAL = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static Map<String, List<String>> complete() {
        Map<String, List<String>> f = new HashMap<>();
        f.put("visitDate", List.of("2026-11-19"));
        f.put("goal." + GOAL + ".status", List.of("MET"));
        f.put("goal." + GOAL + ".comment", List.of("Sits through a workday"));
        f.put("assessment", List.of("Goals met."));
        f.put("plan", List.of("Continue the home programme."));
        return f;
    }

    private static TherapistReportForm.Checked sign(NoteKind kind, Map<String, List<String>> fields) {
        return new TherapistReportForm(kind, fields).check(List.of(GOAL), START, TODAY, true, TestDates.US);
    }

    @Test
    void aProgressReportNeedsEveryGoalsStatusTheAssessmentAndThePlan() {
        TherapistReportForm.Checked ok = sign(NoteKind.PROGRESS_REPORT, complete());
        assertThat(ok.valid()).isTrue();
        assertThat(ok.report().goals()).containsExactly(
                new TherapistReportForm.GoalProgress(GOAL, GoalStatus.MET, "Sits through a workday"));
        assertThat(ok.report().reason()).isNull();

        TherapistReportForm.Checked empty = sign(NoteKind.PROGRESS_REPORT, Map.of());
        assertThat(empty.errors()).containsOnlyKeys("visitDate", "goal." + GOAL + ".status", "assessment", "plan");
    }

    @Test
    void aDraftOnlyNeedsWhatIsGivenToBeWellFormed() {
        TherapistReportForm form = new TherapistReportForm(NoteKind.DISCHARGE_SUMMARY,
                Map.of("dischargeReason", List.of("GONE_FISHING"), "visitDate", List.of("2026-12-01")));
        assertThat(form.check(List.of(GOAL), START, TODAY, false, TestDates.US).errors())
                .containsEntry("dischargeReason", "Choose one of the options").containsKey("visitDate")
                .doesNotContainKey("homeProgram");
        assertThat(new TherapistReportForm(NoteKind.PROGRESS_REPORT, Map.of()).check(List.of(GOAL), START, TODAY, false, TestDates.US)
                .valid()).isTrue();
    }

    @Test
    void aReEvaluationMustSayWhyAndWhatWasFound() {
        Map<String, List<String>> f = complete();
        assertThat(sign(NoteKind.RE_EVALUATION, f).errors()).containsOnlyKeys("reason", "findings");
        f.put("reason", List.of("New numbness in the T6 dermatome"));
        f.put("findings", List.of("Reduced light touch T6 left; reflexes normal"));
        TherapistReportForm.Report report = sign(NoteKind.RE_EVALUATION, f).report();
        assertThat(report.reason()).isEqualTo("New numbness in the T6 dermatome");
        assertThat(report.findings()).startsWith("Reduced light touch");
    }

    @Test
    void aDischargeSummaryNeedsTheReasonAndTheHomeProgrammeButNoPlan() {
        Map<String, List<String>> f = complete();
        f.remove("plan");
        assertThat(sign(NoteKind.DISCHARGE_SUMMARY, f).errors()).containsOnlyKeys("dischargeReason", "homeProgram");
        f.put("dischargeReason", List.of("GOALS_MET"));
        f.put("homeProgram", List.of("Open book rotation 2 × 10 daily"));
        TherapistReportForm.Report report = sign(NoteKind.DISCHARGE_SUMMARY, f).report();
        assertThat(report.dischargeReason()).isEqualTo(DischargeReason.GOALS_MET);
        assertThat(report.plan()).isNull();
    }

    @Test
    void textsHaveLimitsAndDailyNotesHaveTheirOwnForm() {
        Map<String, List<String>> f = complete();
        f.put("assessment", List.of("x".repeat(TherapistReportForm.TEXT_LIMIT + 1)));
        f.put("goal." + GOAL + ".comment", List.of("y".repeat(TherapistReportForm.COMMENT_LIMIT + 1)));
        assertThat(sign(NoteKind.PROGRESS_REPORT, f).errors()).containsKeys("assessment", "goal." + GOAL + ".comment");
        assertThatThrownBy(() -> new TherapistReportForm(NoteKind.DAILY_NOTE, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
