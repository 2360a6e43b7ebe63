package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhomboid.visit.domain.ProgressReportSchedule.Status;
import org.rhomboid.shared.domain.TestDates;

class ProgressReportScheduleTest {

    /** The evaluation day. */
    private static final LocalDate EVAL = LocalDate.of(2026, 3, 2);

    /** n treatment days, the evaluation first, one every other calendar day. */
    private static List<LocalDate> days(int n) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            days.add(EVAL.plusDays(2L * i));
        }
        return days;
    }

    private static LocalDate day(int n) {
        return EVAL.plusDays(2L * (n - 1));
    }

    @Test
    void theEvaluationIsDayOneAndTheNextVisitDayTwo() {
        var first = ProgressReportSchedule.assess(List.of(), List.of(), EVAL);
        assertThat(first.treatmentDay()).isEqualTo(1);
        assertThat(first.periodStart()).isEqualTo(EVAL);
        var second = ProgressReportSchedule.assess(days(1), List.of(), day(2));
        assertThat(second.treatmentDay()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(Status.OK);
        assertThat(second.periodStart()).isEqualTo(EVAL);
    }

    @Test
    void aDateAlreadyCountedIsNotCountedTwice() {
        // A second note on the same day as the 5th visit is still day 5.
        var result = ProgressReportSchedule.assess(days(5), List.of(), day(5));
        assertThat(result.treatmentDay()).isEqualTo(5);
        var duplicates = new ArrayList<>(days(5));
        duplicates.addAll(days(5));
        assertThat(ProgressReportSchedule.assess(duplicates, List.of(), day(6)).treatmentDay()).isEqualTo(6);
    }

    @Test
    void dueSoonFromDayEightRequiredFromDayTen() {
        assertThat(ProgressReportSchedule.assess(days(6), List.of(), day(7)).status()).isEqualTo(Status.OK);
        assertThat(ProgressReportSchedule.assess(days(7), List.of(), day(8)).status()).isEqualTo(Status.DUE_SOON);
        assertThat(ProgressReportSchedule.assess(days(8), List.of(), day(9)).status()).isEqualTo(Status.DUE_SOON);
        var tenth = ProgressReportSchedule.assess(days(9), List.of(), day(10));
        assertThat(tenth.treatmentDay()).isEqualTo(10);
        assertThat(tenth.status()).isEqualTo(Status.REQUIRED);
        assertThat(ProgressReportSchedule.assess(days(11), List.of(), day(12)).status()).isEqualTo(Status.REQUIRED);
    }

    @Test
    void onlyMedicareBlocksTheDailyNote() {
        var tenth = ProgressReportSchedule.assess(days(9), List.of(), day(10));
        assertThat(tenth.blocksDailyNote(true)).isTrue();
        assertThat(tenth.blocksDailyNote(false)).isFalse();
        assertThat(tenth.message(true, TestDates.US)).contains("write the progress report");
        assertThat(tenth.message(false, TestDates.US)).contains("recommended");
        var ninth = ProgressReportSchedule.assess(days(8), List.of(), day(9));
        assertThat(ninth.blocksDailyNote(true)).isFalse();
        assertThat(ninth.message(true, TestDates.US)).contains("due within 1 more visit.");
    }

    @Test
    void aReportDatedTheSameDaySatisfiesTheTenthDay() {
        var result = ProgressReportSchedule.assess(days(9), List.of(day(10)), day(10));
        assertThat(result.treatmentDay()).isEqualTo(10);
        assertThat(result.reportOnDate()).isTrue();
        assertThat(result.status()).isEqualTo(Status.OK);
        assertThat(result.blocksDailyNote(true)).isFalse();
    }

    @Test
    void aReportStartsANewPeriodWithTheNextTreatmentDay() {
        // Report written on day 6: day 7 is day 1 of the next period.
        var result = ProgressReportSchedule.assess(days(6), List.of(day(6)), day(7));
        assertThat(result.treatmentDay()).isEqualTo(1);
        assertThat(result.periodStart()).isEqualTo(day(7));
        assertThat(ProgressReportSchedule.assess(days(15), List.of(day(6)), day(16)).treatmentDay()).isEqualTo(10);
        assertThat(ProgressReportSchedule.assess(days(15), List.of(day(6)), day(16)).status()).isEqualTo(Status.REQUIRED);
    }

    @Test
    void aReportOnADayWithoutTreatmentStillClosesThePeriod() {
        var result = ProgressReportSchedule.assess(days(9), List.of(day(9).plusDays(1)), day(10));
        assertThat(result.treatmentDay()).isEqualTo(1);
        assertThat(result.status()).isEqualTo(Status.OK);
    }

    @Test
    void aLateNoteCountsOnlyTheDaysUpToItsDate() {
        // Documenting day 4 after later days exist: later days and later reports don't count.
        var result = ProgressReportSchedule.assess(days(12), List.of(day(11)), day(4));
        assertThat(result.treatmentDay()).isEqualTo(4);
        assertThat(result.status()).isEqualTo(Status.OK);
    }

    @Test
    void aVisitBetweenTreatmentDaysIsCountedInItsPlace() {
        var result = ProgressReportSchedule.assess(days(9), List.of(), day(9).minusDays(1));
        assertThat(result.treatmentDay()).isEqualTo(9);
    }

    @Test
    void progressReportsAndReEvaluationsCloseAPeriod() {
        assertThat(NoteKind.PROGRESS_REPORT.closesReportingPeriod()).isTrue();
        assertThat(NoteKind.RE_EVALUATION.closesReportingPeriod()).isTrue();
        assertThat(NoteKind.DAILY_NOTE.closesReportingPeriod()).isFalse();
        assertThat(NoteKind.DISCHARGE_SUMMARY.closesReportingPeriod()).isFalse();
    }
}
