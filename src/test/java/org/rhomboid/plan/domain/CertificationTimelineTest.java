package org.rhomboid.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.plan.domain.Certification.Method;
import org.rhomboid.shared.domain.TestDates;

class CertificationTimelineTest {

    static final LocalDate START = LocalDate.of(2026, 11, 2);
    static final String NPI = "1234567893";

    static PlanOfCare plan(int weeks, Method method, LocalDate signed, LocalDate verbal, LocalDate sent) {
        return new PlanOfCare(List.of("M54.6"), 2, weeks, START, method, signed, verbal, sent, Map.of(), Set.of());
    }

    static int minutes;

    static CertificationRecord record(CertificationReason reason, LocalDate from, LocalDate to, Method method,
                                      LocalDate signed, LocalDate verbal, LocalDate sent, String note) {
        return new CertificationRecord(UUID.randomUUID(), from, to, reason, 2, method, "Dr Ada Park", NPI, signed,
                signed, verbal, sent, null, note, "Dana Whitfield, PT",
                OffsetDateTime.of(2026, 12, 1, 9, minutes++, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void aVerbalOrderPlanWaitsForItsSignatureUntilTheSignatureIsRecorded() {
        PlanOfCare plan = plan(6, Method.VERBAL_ORDER, null, START, null);
        var before = CertificationTimeline.of(plan, START, List.of(), START.plusDays(5), TestDates.US);
        assertThat(before.statusOn(START.plusDays(5)).certified()).isFalse();
        assertThat(before.statusOn(START.plusDays(5)).problems()).singleElement().asString().contains("Awaiting");

        var signed = record(CertificationReason.INITIAL, START, START.plusWeeks(6).minusDays(1), Method.VERBAL_ORDER,
                START.plusDays(9), START, null, "");
        var after = CertificationTimeline.of(plan, START, List.of(signed), START.plusDays(12), TestDates.US);
        assertThat(after.statusOn(START.plusDays(12)).certified()).isTrue();
        assertThat(after.initial().current()).isEqualTo(signed);
        assertThat(after.initial().history()).containsExactly(signed);
        assertThat(after.certifiedThrough()).isEqualTo(START.plusWeeks(6).minusDays(1));
    }

    @Test
    void theLatestRecordOfAPeriodWinsAndTheHistoryIsKept() {
        PlanOfCare plan = plan(6, Method.SIGNED_PLAN, null, null, START.plusDays(1));
        var sentOnly = record(CertificationReason.INITIAL, START, START.plusDays(41), Method.SIGNED_PLAN, null, null,
                START.plusDays(1), "");
        var signed = record(CertificationReason.INITIAL, START, START.plusDays(41), Method.SIGNED_PLAN,
                START.plusDays(8), null, START.plusDays(1), "");
        var timeline = CertificationTimeline.of(plan, START, List.of(signed, sentOnly), START.plusDays(10), TestDates.US);
        assertThat(timeline.initial().current()).isEqualTo(signed);
        assertThat(timeline.initial().history()).containsExactly(sentOnly, signed);
        assertThat(timeline.initial().certified()).isTrue();
    }

    @Test
    void aLateSignatureCountsOnlyWithTheReasonForTheDelay() {
        PlanOfCare plan = plan(6, Method.SIGNED_PLAN, null, null, null);
        var late = record(CertificationReason.INITIAL, START, START.plusDays(41), Method.SIGNED_PLAN,
                START.plusDays(35), null, null, "");
        assertThat(CertificationTimeline.of(plan, START, List.of(late), START.plusDays(36), TestDates.US).initial().certified())
                .isFalse();
        var explained = record(CertificationReason.INITIAL, START, START.plusDays(41), Method.SIGNED_PLAN,
                START.plusDays(35), null, null, "Physician on leave; signed on return");
        var timeline = CertificationTimeline.of(plan, START, List.of(explained), START.plusDays(36), TestDates.US);
        assertThat(timeline.initial().certified()).isTrue();
        assertThat(timeline.initial().status().problems()).singleElement().asString().startsWith("Delayed");
    }

    @Test
    void aRecertificationIsANewPeriodThatExtendsThePlan() {
        PlanOfCare plan = plan(4, Method.SIGNED_PLAN, START.plusDays(3), null, null);
        LocalDate recertStart = START.plusWeeks(4);
        var recert = record(CertificationReason.PROGRESS_REPORT, recertStart, recertStart.plusDays(27),
                Method.SIGNED_PLAN, recertStart.minusDays(2), null, null, "");
        var timeline = CertificationTimeline.of(plan, START, List.of(recert), recertStart.plusDays(1), TestDates.US);
        assertThat(timeline.periods()).hasSize(2);
        assertThat(timeline.planEnd()).isEqualTo(recertStart.plusDays(27));
        assertThat(timeline.certifiedThrough()).isEqualTo(recertStart.plusDays(27));
        assertThat(timeline.inForce(START.plusDays(3)).orElseThrow().reason()).isEqualTo(CertificationReason.INITIAL);
        assertThat(timeline.inForce(recertStart.plusDays(10)).orElseThrow()).isSameAs(timeline.latest());
        assertThat(timeline.statusOn(recertStart.plusDays(10)).certified()).isTrue();
        assertThat(timeline.statusOn(recertStart.plusDays(10)).certifiedThrough()).isEqualTo(recertStart.plusDays(27));
        assertThat(timeline.inForce(START.minusDays(1))).isEmpty();
    }

    @Test
    void anUnsignedRecertificationIsDueWhenItsPeriodStarts() {
        PlanOfCare plan = plan(4, Method.SIGNED_PLAN, START.plusDays(3), null, null);
        LocalDate recertStart = START.plusWeeks(4);
        var sent = record(CertificationReason.PERIOD_ENDING, recertStart, recertStart.plusDays(27),
                Method.SIGNED_PLAN, null, null, recertStart.minusDays(5), "");
        var waiting = CertificationTimeline.of(plan, START, List.of(sent), recertStart.minusDays(1), TestDates.US).latest();
        assertThat(waiting.certified()).isFalse();
        assertThat(waiting.due()).isEqualTo(recertStart);
        assertThat(waiting.status().problems()).singleElement().asString().contains("Awaiting");
        var overdue = CertificationTimeline.of(plan, START, List.of(sent), recertStart.plusDays(3), TestDates.US).latest();
        assertThat(overdue.status().problems()).singleElement().asString().contains("overdue");
    }

    @Test
    void theSignedReferralAlternativeNeverRecertifies() {
        PlanOfCare plan = plan(4, Method.SIGNED_REFERRAL_AND_PLAN_SENT, null, null, START.plusDays(2));
        var initial = CertificationTimeline.of(plan, START, List.of(), START.plusDays(3), TestDates.US);
        assertThat(initial.initial().certified()).isTrue();
        LocalDate recertStart = START.plusWeeks(4);
        var referral = record(CertificationReason.RE_EVALUATION, recertStart, recertStart.plusDays(20),
                Method.SIGNED_REFERRAL_AND_PLAN_SENT, null, null, recertStart, "");
        var timeline = CertificationTimeline.of(plan, START, List.of(referral), recertStart, TestDates.US);
        assertThat(timeline.latest().certified()).isFalse();
        assertThat(timeline.latest().status().problems()).singleElement().asString().contains("initial certification only");
    }

    @Test
    void overlappingPeriodsTheOneStartedLastIsInForce() {
        PlanOfCare plan = plan(8, Method.SIGNED_PLAN, START.plusDays(3), null, null);
        LocalDate early = START.plusWeeks(3);
        var amended = record(CertificationReason.AMENDED_PLAN, early, early.plusDays(41), Method.VERBAL_ORDER,
                null, early.minusDays(1), null, "");
        var timeline = CertificationTimeline.of(plan, START, List.of(amended), early.plusDays(2), TestDates.US);
        assertThat(timeline.inForce(early.plusDays(1)).orElseThrow().reason()).isEqualTo(CertificationReason.AMENDED_PLAN);
        assertThat(timeline.statusOn(early.plusDays(1)).certified()).isFalse();
        assertThat(timeline.statusOn(early.minusDays(1)).certified()).isTrue();
    }
}
