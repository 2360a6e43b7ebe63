package org.rhomboid.caseload.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.caseload.domain.DueItem.Kind;
import org.rhomboid.caseload.domain.DueItem.Urgency;
import org.rhomboid.visit.domain.ComplianceWorklist;
import org.rhomboid.visit.domain.ComplianceWorklist.Severity;

class CaseloadTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final UUID EPISODE = UUID.randomUUID();
    private static final UUID PATIENT = UUID.randomUUID();
    private static final UUID NOTE = UUID.randomUUID();

    private static ComplianceWorklist.Item item(ComplianceWorklist.Kind kind, Severity severity, LocalDate due,
                                                String sentence) {
        return new ComplianceWorklist.Item(kind, EPISODE, null, null, due, severity, sentence);
    }

    @Test
    void redFlagsComeFirstThenOverdueDueAndComingUpEachEarliestFirst() {
        List<DueItem> due = Caseload.dueFor(
                List.of(new Caseload.RedFlag("Cauda equina syndrome", "Emergency referral", true)),
                List.of(item(ComplianceWorklist.Kind.AUTHORIZATION_RUNNING_OUT, Severity.UPCOMING, TODAY.plusDays(5),
                                "Authorization PA-1: 1 visit left."),
                        item(ComplianceWorklist.Kind.PROGRESS_REPORT_DUE, Severity.DUE, TODAY,
                                "Progress report due at this visit."),
                        item(ComplianceWorklist.Kind.RECERTIFICATION_OVERDUE, Severity.OVERDUE, TODAY.minusDays(2),
                                "Recertification overdue."),
                        new ComplianceWorklist.Item(ComplianceWorklist.Kind.UNSIGNED_NOTE, EPISODE, NOTE, null,
                                TODAY.minusDays(1), Severity.OVERDUE, "Daily note unsigned.")),
                Caseload.HomeExercise.NONE);

        assertThat(due).extracting(DueItem::kind).containsExactly(Kind.RED_FLAG, Kind.CERTIFICATION,
                Kind.UNSIGNED_NOTE, Kind.PROGRESS_REPORT, Kind.AUTHORIZATION);
        assertThat(due.get(0).urgency()).isEqualTo(Urgency.ATTEND_FIRST);
        assertThat(due.get(0).text()).isEqualTo("Cauda equina syndrome (Emergency referral): not yet acknowledged."
                + " Review the screening before treating.");
        assertThat(due.get(2).note()).as("the unsigned note to open").isEqualTo(NOTE);
        assertThat(due.get(3).text()).as("the worklist's own words").isEqualTo("Progress report due at this visit.");
        assertThat(due.get(4).urgency()).isEqualTo(Urgency.UPCOMING);
    }

    @Test
    void everyWorklistKindHasACaseloadKind() {
        assertThat(Caseload.kind(ComplianceWorklist.Kind.LATE_ENTRY)).isEqualTo(Kind.UNSIGNED_NOTE);
        assertThat(Caseload.kind(ComplianceWorklist.Kind.AWAITING_COSIGNATURE)).isEqualTo(Kind.UNSIGNED_NOTE);
        assertThat(Caseload.kind(ComplianceWorklist.Kind.CERTIFICATION_MISSING)).isEqualTo(Kind.CERTIFICATION);
        assertThat(Caseload.kind(ComplianceWorklist.Kind.RECERTIFICATION_DUE)).isEqualTo(Kind.CERTIFICATION);
        assertThat(Caseload.kind(ComplianceWorklist.Kind.KX_APPROACHING)).isEqualTo(Kind.VISIT_LIMIT);
        assertThat(Caseload.kind(ComplianceWorklist.Kind.AUTHORIZATION_EXPIRED_WITH_BOOKINGS)).isEqualTo(Kind.AUTHORIZATION);
        for (ComplianceWorklist.Kind k : ComplianceWorklist.Kind.values()) {
            assertThat(Caseload.kind(k)).isNotNull();
        }
    }

    @Test
    void aPatientWithNothingDueHasAnEmptyList() {
        assertThat(Caseload.dueFor(List.of(), List.of(), Caseload.HomeExercise.NONE)).isEmpty();
    }

    @Test
    void theHomeProgrammesReviewAdviceIsShownLast() {
        Caseload.HomeExercise home = new Caseload.HomeExercise(40, List.of(), "pain rose by 3 points this week");
        List<DueItem> due = Caseload.dueFor(List.of(), List.of(item(ComplianceWorklist.Kind.KX_APPROACHING,
                Severity.UPCOMING, TODAY.plusDays(30), "Near the KX threshold.")), home);
        assertThat(due).extracting(DueItem::kind).containsExactly(Kind.VISIT_LIMIT, Kind.HOME_EXERCISE);
        assertThat(due.get(1).text()).isEqualTo("Review the home programme: pain rose by 3 points this week");
        assertThat(home.any()).isTrue();
        assertThat(Caseload.HomeExercise.NONE.any()).isFalse();
    }

    @Test
    void thePainTrendComparesTheFirstAndLastDayLoggedByTheMeaningfulChange() {
        List<Caseload.PainPoint> easing = List.of(new Caseload.PainPoint(TODAY.minusDays(6), 7),
                new Caseload.PainPoint(TODAY.minusDays(3), 6), new Caseload.PainPoint(TODAY, 4));
        assertThat(Caseload.trend(easing, 2)).isEqualTo(Caseload.Trend.BETTER);
        assertThat(Caseload.trend(List.of(new Caseload.PainPoint(TODAY.minusDays(2), 3),
                new Caseload.PainPoint(TODAY, 4)), 2)).isEqualTo(Caseload.Trend.SAME);
        assertThat(Caseload.trend(List.of(new Caseload.PainPoint(TODAY.minusDays(2), 3),
                new Caseload.PainPoint(TODAY, 5)), 2)).isEqualTo(Caseload.Trend.WORSE);
        assertThat(Caseload.trend(List.of(), 2)).isEqualTo(Caseload.Trend.UNKNOWN);
    }

    @Test
    void theSparklinePutsEachDayLoggedAcrossTheWindowWithPainUpwards() {
        LocalDate from = TODAY.minusDays(13);
        String points = Sparkline.points(List.of(new Caseload.PainPoint(from, 10),
                new Caseload.PainPoint(TODAY.minusDays(20), 5), new Caseload.PainPoint(TODAY, 0)), from, 14, 65, 20);
        assertThat(points).isEqualTo("0.0,0.0 65.0,20.0");
        assertThat(Sparkline.points(List.of(), from, 14, 65, 20)).isEmpty();
    }
}
