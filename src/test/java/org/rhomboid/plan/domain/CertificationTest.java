package org.rhomboid.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.TestDates;
import org.rhomboid.plan.domain.Certification.Facts;
import org.rhomboid.plan.domain.Certification.Method;

class CertificationTest {

    static final LocalDate FIRST = LocalDate.of(2026, 11, 2);

    private static Certification.Status assess(Method method, int weeks, LocalDate signed, LocalDate verbal,
                                               LocalDate sent, LocalDate today) {
        return Certification.assess(new Facts(FIRST, weeks, method, signed, verbal, sent), today, TestDates.US);
    }

    @Test
    void aPlanSignedWithin30DaysIsCertifiedForItsDuration() {
        var status = assess(Method.SIGNED_PLAN, 8, FIRST.plusDays(10), null, null, FIRST.plusDays(12));
        assertThat(status.certified()).isTrue();
        assertThat(status.certifyBy()).isEqualTo(FIRST.plusDays(30));
        assertThat(status.certifiedThrough()).isEqualTo(FIRST.plusWeeks(8).minusDays(1));
        assertThat(status.problems()).isEmpty();
    }

    @Test
    void certificationCoversAtMost90Days() {
        var status = assess(Method.SIGNED_PLAN, 16, FIRST.plusDays(3), null, null, FIRST.plusDays(5));
        assertThat(status.certifiedThrough()).isEqualTo(FIRST.plusDays(89));
        assertThat(status.problems()).singleElement().asString().contains("90 days");
    }

    @Test
    void missingAndLateSignatures() {
        assertThat(assess(Method.SIGNED_PLAN, 6, null, null, null, FIRST.plusDays(20)).problems())
                .singleElement().asString().contains("Awaiting");
        var overdue = assess(Method.SIGNED_PLAN, 6, null, null, null, FIRST.plusDays(31));
        assertThat(overdue.certified()).isFalse();
        assertThat(overdue.problems()).singleElement().asString().contains("overdue");
        assertThat(assess(Method.SIGNED_PLAN, 6, FIRST.plusDays(35), null, null, FIRST.plusDays(40)).certified()).isFalse();
    }

    @Test
    void aVerbalOrderNeedsItsSignatureWithin14Days() {
        LocalDate order = FIRST.plusDays(2);
        assertThat(assess(Method.VERBAL_ORDER, 6, order.plusDays(14), order, null, order.plusDays(15)).certified()).isTrue();
        assertThat(assess(Method.VERBAL_ORDER, 6, order.plusDays(15), order, null, order.plusDays(16)).certified()).isFalse();
        assertThat(assess(Method.VERBAL_ORDER, 6, null, null, null, FIRST).problems()).singleElement().asString()
                .contains("verbal order");
    }

    @Test
    void the2025SignedReferralAlternative() {
        assertThat(assess(Method.SIGNED_REFERRAL_AND_PLAN_SENT, 6, null, null, FIRST.plusDays(20), FIRST.plusDays(21))
                .certified()).isTrue();
        assertThat(assess(Method.SIGNED_REFERRAL_AND_PLAN_SENT, 6, null, null, FIRST.plusDays(31), FIRST.plusDays(31))
                .certified()).isFalse();
        assertThat(assess(Method.SIGNED_REFERRAL_AND_PLAN_SENT, 6, null, null, null, FIRST.plusDays(5)).problems())
                .singleElement().asString().contains("Send the plan");
        var before2025 = Certification.assess(new Facts(LocalDate.of(2024, 12, 2), 6, Method.SIGNED_REFERRAL_AND_PLAN_SENT,
                null, null, LocalDate.of(2024, 12, 10)), LocalDate.of(2024, 12, 11), TestDates.US);
        assertThat(before2025.certified()).isFalse();
        assertThat(before2025.problems()).singleElement().asString().contains("1 Jan 2025");
    }

    @Test
    void impossiblePlansAreRefused() {
        assertThatThrownBy(() -> assess(Method.SIGNED_PLAN, 0, null, null, null, FIRST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Certification.assess(new Facts(null, 6, Method.SIGNED_PLAN, null, null, null), FIRST, TestDates.US))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDeadlinesReadInTheOrderTheyFall() {
        // A 30-day plan certified by signature: the signature is due on day 30, the plan ends after it.
        var usual = Certification.assess(new Facts(FIRST, 6, Method.SIGNED_PLAN, null, null, null), FIRST,
                TestDates.US);
        assertThat(Certification.deadlines(usual, TestDates.US)).isEqualTo("certifying signature due by "
                + TestDates.US.day(usual.certifyBy()) + "; plan of care through "
                + TestDates.US.day(usual.certifiedThrough()) + ": recertify by then if treatment continues.");

        // A 3-week plan ends before its signature is due: the plan's end comes first, never "recertify" before "certify".
        var shortPlan = Certification.assess(new Facts(FIRST, 3, Method.SIGNED_PLAN, null, null, null), FIRST,
                TestDates.US);
        assertThat(shortPlan.certifiedThrough()).isBefore(shortPlan.certifyBy());
        String words = Certification.deadlines(shortPlan, TestDates.US);
        assertThat(words).startsWith("plan of care through " + TestDates.US.day(shortPlan.certifiedThrough()))
                .endsWith("certifying signature due by " + TestDates.US.day(shortPlan.certifyBy()) + ".");
        assertThat(words.indexOf(TestDates.US.day(shortPlan.certifiedThrough())))
                .isLessThan(words.indexOf(TestDates.US.day(shortPlan.certifyBy())));

        var certified = Certification.assess(new Facts(FIRST, 6, Method.SIGNED_PLAN, FIRST.plusDays(5), null, null),
                FIRST.plusDays(6), TestDates.US);
        assertThat(Certification.deadlines(certified, TestDates.US)).isEqualTo("certified through "
                + TestDates.US.day(certified.certifiedThrough()) + ": recertify by then if treatment continues.");
    }

    @Test
    void problemsWriteTheirDatesTheClinicsWay() {
        var waiting = Certification.assess(new Facts(FIRST, 6, Method.SIGNED_PLAN, null, null, null), FIRST,
                TestDates.US);
        assertThat(waiting.problems()).containsExactly("Awaiting the certifying signature, due by "
                + TestDates.US.day(FIRST.plusDays(Certification.CERTIFY_WITHIN_DAYS)));
        assertThat(String.join(" ", waiting.problems())).doesNotMatch(".*\\d{4}-\\d{2}-\\d{2}.*");
    }
}
