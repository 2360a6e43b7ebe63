package org.rhomboid.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.plan.domain.Certification.Method;
import org.rhomboid.shared.domain.TestDates;

class CertificationFormTest {

    static final LocalDate START = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = START.plusDays(20);
    static final PlanOfCare PLAN = new PlanOfCare(List.of("M54.6"), 2, 16, START, Method.VERBAL_ORDER, null, START,
            null, Map.of(), Set.of());

    static CertificationForm.Checked check(String... pairs) {
        Map<String, List<String>> fields = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], List.of(pairs[i + 1]));
        }
        return new CertificationForm(fields).check(new CertificationForm.Context(TODAY, PLAN, START, TestDates.US));
    }

    @Test
    void theSignatureThatFollowedAVerbalOrder() {
        var checked = check("reason", "INITIAL", "method", "VERBAL_ORDER", "verbalOrderOn", START.toString(),
                "signedOn", START.plusDays(9).toString(), "receivedOn", START.plusDays(11).toString(),
                "practitionerName", "Dr Ada Park", "practitionerNpi", "1234567893");
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.draft().periodStart()).isEqualTo(START);
        // The initial period covers the plan, at most 90 days.
        assertThat(checked.draft().periodEnd()).isEqualTo(START.plusDays(89));
        assertThat(checked.draft().signedOn()).isEqualTo(START.plusDays(9));
    }

    @Test
    void everyProblemAtOnceBesideItsField() {
        var checked = check("reason", "INITIAL", "method", "VERBAL_ORDER", "signedOn", TODAY.plusDays(1).toString(),
                "receivedOn", "yesterday", "practitionerNpi", "1234567890", "note", "x".repeat(1001));
        assertThat(checked.errors()).containsKeys("verbalOrderOn", "signedOn", "receivedOn", "practitionerNpi", "note");
    }

    @Test
    void aSignatureNamesThePractitionerAndArrivesAfterItIsSigned() {
        var checked = check("reason", "INITIAL", "method", "SIGNED_PLAN", "signedOn", START.plusDays(5).toString(),
                "receivedOn", START.plusDays(4).toString());
        assertThat(checked.errors()).containsKeys("practitionerName", "practitionerNpi", "receivedOn");
    }

    @Test
    void aRecertificationHasItsOwnPeriodOfAtMost90DaysAndNeedsASignature() {
        var ok = check("reason", "PROGRESS_REPORT", "periodStart", TODAY.toString(),
                "periodEnd", TODAY.plusDays(89).toString(), "frequencyPerWeek", "2", "method", "SIGNED_PLAN",
                "planSentOn", TODAY.toString());
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.draft().periodEnd()).isEqualTo(TODAY.plusDays(89));
        var tooLong = check("reason", "PROGRESS_REPORT", "periodStart", TODAY.toString(),
                "periodEnd", TODAY.plusDays(90).toString(), "frequencyPerWeek", "2", "method", "SIGNED_PLAN",
                "planSentOn", TODAY.toString());
        assertThat(tooLong.errors()).containsKey("periodEnd");
        var referral = check("reason", "RE_EVALUATION", "periodStart", TODAY.toString(),
                "periodEnd", TODAY.plusDays(30).toString(), "frequencyPerWeek", "2",
                "method", "SIGNED_REFERRAL_AND_PLAN_SENT", "planSentOn", TODAY.toString(),
                "practitionerName", "Dr Ada Park", "practitionerNpi", "1234567893");
        assertThat(referral.errors()).containsOnlyKeys("method");
        assertThat(referral.errors().get("method")).contains("initial certification only");
        var missing = check("reason", "AMENDED_PLAN", "method", "SIGNED_PLAN", "planSentOn", TODAY.toString());
        assertThat(missing.errors()).containsKeys("periodStart", "periodEnd", "frequencyPerWeek");
    }

    @Test
    void unknownChoicesAreRefusedNotThrown() {
        var checked = check("reason", "SOMETIME", "method", "FAX");
        assertThat(checked.errors()).containsKeys("reason", "method");
    }
}
