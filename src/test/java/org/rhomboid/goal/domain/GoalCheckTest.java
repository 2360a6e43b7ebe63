package org.rhomboid.goal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.TestDates;

class GoalCheckTest {

    static final LocalDate START = LocalDate.of(2026, 11, 23);
    static final LocalDate END = START.plusWeeks(8);
    static final List<String> PSFS = List.of("Sitting through a workday", "Lifting my toddler");

    static SmartGoal desk(Instrument instrument, double baseline, double target) {
        return new SmartGoal("sit at the workstation for 60 minutes", instrument, baseline, target, START.plusWeeks(4),
                "return to full-time desk work", "Sitting through a workday", SmartGoal.Term.SHORT_TERM);
    }

    private static List<GoalCheck.Finding> check(SmartGoal goal) {
        return GoalCheck.check(goal, START, END, PSFS, "Pick up my daughter without pain", TestDates.US);
    }

    @Test
    void aGoodGoalPassesAndReadsAsOneSentence() {
        SmartGoal goal = desk(Instrument.NPRS, 6, 2);
        assertThat(check(goal)).isEmpty();
        assertThat(goal.sentence(TestDates.US)).isEqualTo("Patient will sit at the workstation for 60 minutes with NPRS ≤ 2/10 "
                + "(baseline 6/10) by Dec 21, 2026, to return to full-time desk work.");
        assertThat(desk(Instrument.PSFS, 4, 6.5).sentence(TestDates.US)).contains("PSFS mean ≥ 6.5/10 (baseline 4/10)");
    }

    @Test
    void aTargetSmallerThanTheMcicIsAWarningNotABlock() {
        List<GoalCheck.Finding> findings = check(desk(Instrument.NPRS, 6, 5));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.blocking()).isFalse();
            assertThat(f.message()).contains("minimal clinically important change of 2");
        });
        assertThat(check(desk(Instrument.NDI, 36, 30))).singleElement().satisfies(f -> assertThat(f.blocking()).isFalse());
        assertThat(check(desk(Instrument.NDI, 36, 26))).isEmpty();
        assertThat(check(desk(Instrument.FRI, 40, 31))).isEmpty();
        assertThat(check(desk(Instrument.ROM, 30, 32))).as("no published MCIC for ROM").isEmpty();
    }

    @Test
    void theTargetMustBeAnImprovementWithinTheScale() {
        assertThat(GoalCheck.blocking(check(desk(Instrument.NPRS, 3, 5)))).isTrue();
        assertThat(GoalCheck.blocking(check(desk(Instrument.PSFS, 6, 4)))).isTrue();
        assertThat(check(desk(Instrument.NPRS, 12, 2))).extracting(GoalCheck.Finding::field).contains("baseline");
    }

    @Test
    void unmeasurableGoalsAreBlocked() {
        SmartGoal vague = new SmartGoal("feel better", Instrument.NPRS, null, null, START.plusWeeks(4),
                "enjoy life", "Sitting through a workday", SmartGoal.Term.LONG_TERM);
        assertThat(check(vague)).extracting(GoalCheck.Finding::field).contains("baseline", "target");
    }

    @Test
    void theDeadlineFallsInsideThePlan() {
        SmartGoal late = new SmartGoal("lift 10 kg", Instrument.PSFS, 3.0, 6.0, END.plusDays(1), "carry groceries",
                "Lifting my toddler", SmartGoal.Term.LONG_TERM);
        assertThat(check(late)).extracting(GoalCheck.Finding::field).containsExactly("deadline");
    }

    @Test
    void goalsServeWhatThePatientWants() {
        SmartGoal unlinked = new SmartGoal("improve thoracic rotation", Instrument.ROM, 30.0, 45.0, START.plusWeeks(4),
                "", "Play the cello", SmartGoal.Term.SHORT_TERM);
        assertThat(check(unlinked)).extracting(GoalCheck.Finding::field).contains("participation", "relevantTo");
        SmartGoal ownGoal = new SmartGoal("lift my daughter", Instrument.PSFS, 2.0, 6.0, START.plusWeeks(6),
                "care for her without help", "pick up my daughter without pain", SmartGoal.Term.LONG_TERM);
        assertThat(check(ownGoal)).isEmpty();
    }

    @Test
    void statusFollowsTheMeasurements() {
        SmartGoal goal = desk(Instrument.NPRS, 6, 2);
        assertThat(GoalStatus.suggest(goal, 2, START.plusWeeks(2))).isEqualTo(GoalStatus.MET);
        assertThat(GoalStatus.suggest(goal, 4, START.plusWeeks(2))).isEqualTo(GoalStatus.PROGRESSING);
        assertThat(GoalStatus.suggest(goal, 4, START.plusWeeks(5))).isEqualTo(GoalStatus.NOT_MET);
        assertThat(GoalStatus.suggest(desk(Instrument.PSFS, 4, 6), 7, START)).isEqualTo(GoalStatus.MET);
    }
}
