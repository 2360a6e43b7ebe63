package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.Certification.Facts;
import org.rhomboid.plan.domain.Certification.Method;
import org.rhomboid.visit.domain.PlanValidity.Verdict;
import org.rhomboid.shared.domain.TestDates;

class PlanValidityTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 3, 2);

    private static Certification.Status certified(int weeks) {
        return Certification.assess(new Facts(FIRST, weeks, Method.SIGNED_PLAN, FIRST.plusDays(5), null, null),
                FIRST.plusDays(6), TestDates.US);
    }

    @Test
    void aVisitWithinTheCertifiedPlanIsFine() {
        var status = certified(8);
        var result = PlanValidity.check(status.certifiedThrough(), FIRST.plusWeeks(8).minusDays(1), status, true, TestDates.US);
        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.messages()).isEmpty();
        assertThat(result.blocksDailyNote()).isFalse();
    }

    @Test
    void afterThe90DayCertificationMedicareIsBlockedOthersWarned() {
        var status = certified(16); // certified through day 90, plan runs 16 weeks
        LocalDate planEnd = FIRST.plusWeeks(16).minusDays(1);
        LocalDate day91 = status.certifiedThrough().plusDays(1);
        var medicare = PlanValidity.check(day91, planEnd, status, true, TestDates.US);
        assertThat(medicare.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(medicare.blocksDailyNote()).isTrue();
        assertThat(medicare.messages()).singleElement().asString().contains("recertification is overdue")
                .contains(TestDates.US.day(status.certifiedThrough()));
        var commercial = PlanValidity.check(day91, planEnd, status, false, TestDates.US);
        assertThat(commercial.verdict()).isEqualTo(Verdict.WARN);
        assertThat(commercial.blocksDailyNote()).isFalse();
    }

    @Test
    void afterThePlansEndOneMessageSaysSo() {
        var status = certified(6);
        LocalDate planEnd = FIRST.plusWeeks(6).minusDays(1);
        var result = PlanValidity.check(planEnd.plusDays(1), planEnd, status, true, TestDates.US);
        assertThat(result.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(result.messages()).singleElement().asString().contains("plan of care ended on " + TestDates.US.day(planEnd));
        assertThat(PlanValidity.check(planEnd, planEnd, status, true, TestDates.US).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void aMissingInitialCertificationIsOnlyAWarning() {
        var status = Certification.assess(new Facts(FIRST, 8, Method.SIGNED_PLAN, null, null, null), FIRST.plusDays(35), TestDates.US);
        var result = PlanValidity.check(FIRST.plusDays(35), FIRST.plusWeeks(8).minusDays(1), status, true, TestDates.US);
        assertThat(result.verdict()).isEqualTo(Verdict.WARN);
        assertThat(result.messages()).singleElement().asString().contains("not certified").contains("reason");
        assertThat(PlanValidity.check(FIRST.plusDays(20), FIRST.plusWeeks(8).minusDays(1), status, true, TestDates.US).verdict())
                .isEqualTo(Verdict.OK);
    }
}
