package org.rhomboid.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.shared.domain.TestDates;

class PlanFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /** A complete plan; each pair replaces (or, with a null value, removes) one field. */
    private static PlanForm form(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("diagnoses", List.of("M54.6"));
        fields.put("frequency", List.of("2"));
        fields.put("duration", List.of("6"));
        fields.put("startDate", List.of(TODAY.toString()));
        fields.put("certification", List.of("SIGNED_PLAN"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                fields.remove(namesAndValues[i]);
            } else {
                fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
            }
        }
        return new PlanForm(fields);
    }

    private static PlanForm withValues(PlanForm form, String name, String... values) {
        Map<String, List<String>> fields = new LinkedHashMap<>(form.fields());
        fields.put(name, List.of(values));
        return new PlanForm(fields);
    }

    private static PlanOfCare plan(PlanForm form) {
        PlanForm.Checked checked = form.check(TODAY, TestDates.US);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.valid()).isTrue();
        return checked.plan();
    }

    private static Map<String, String> errors(PlanForm form) {
        PlanForm.Checked checked = form.check(TODAY, TestDates.US);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.plan()).isNull();
        return checked.errors();
    }

    @Test
    void aCompleteFormIsAPlan() {
        PlanOfCare plan = plan(form());
        assertThat(plan.diagnoses()).containsExactly("M54.6");
        assertThat(plan.frequencyPerWeek()).isEqualTo(2);
        assertThat(plan.durationWeeks()).isEqualTo(6);
        assertThat(plan.startDate()).isEqualTo(TODAY);
        assertThat(plan.endDate()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(plan.certification()).isEqualTo(Certification.Method.SIGNED_PLAN);
        assertThat(plan.signatureReceived()).isNull();
        assertThat(plan.interventions()).isEmpty();
        assertThat(plan.declaredConditions()).isEmpty();
    }

    @Test
    void diagnosesAreSplitOnCommasSemicolonsOrSpacesAndUpperCased() {
        assertThat(plan(form("diagnoses", " m54.6, M99.02;S22.0  g89.29 ")).diagnoses())
                .containsExactly("M54.6", "M99.02", "S22.0", "G89.29");
    }

    @Test
    void diagnosesMustLookLikeIcdCodes() {
        assertThat(errors(form("diagnoses", "M54.6, 54.6")))
                .containsExactly(entry("diagnoses", "Enter ICD-10-CM codes such as M54.6, separated by commas"));
        assertThat(errors(form("diagnoses", "M5"))).containsOnlyKeys("diagnoses");
        assertThat(errors(form("diagnoses", "back pain"))).as("words are not codes").containsOnlyKeys("diagnoses");
        assertThat(errors(form("diagnoses", " , ")))
                .containsExactly(entry("diagnoses", "Give at least one ICD-10-CM diagnosis, e.g. M54.6"));
        assertThat(errors(form("diagnoses", null))).containsOnlyKeys("diagnoses");
    }

    @Test
    void atMostTwelveDiagnoses() {
        String twelve = "M54.6 M54.5 M54.2 M99.02 M99.01 M62.830 M79.1 M40.204 M51.24 M47.814 G89.29 R07.89";
        assertThat(plan(form("diagnoses", twelve)).diagnoses()).hasSize(PlanOfCare.MAX_DIAGNOSES);
        assertThat(errors(form("diagnoses", twelve + " M54.9")))
                .containsExactly(entry("diagnoses", "Use at most 12 diagnoses"));
    }

    @Test
    void frequencyAndDurationAreWholeNumbersInRange() {
        assertThat(plan(form("frequency", "7", "duration", "52")).durationWeeks()).isEqualTo(52);
        assertThat(errors(form("frequency", "8", "duration", "0"))).containsOnly(
                entry("frequency", "Enter 1 to 7 visits a week"), entry("duration", "Enter 1 to 52 weeks"));
        assertThat(errors(form("frequency", "2.5")))
                .containsExactly(entry("frequency", "Enter 1 to 7 visits a week (a whole number)"));
        assertThat(errors(form("frequency", null, "duration", ""))).containsOnly(
                entry("frequency", "Say how many visits a week"), entry("duration", "Say how many weeks"));
    }

    @Test
    void theStartDateIsNearToday() {
        assertThat(plan(form("startDate", "2026-02-08")).startDate()).isEqualTo(TODAY.minusDays(30));
        assertThat(plan(form("startDate", "2026-05-09")).startDate()).isEqualTo(TODAY.plusDays(60));
        String range = "Start between Feb 8, 2026 and May 9, 2026";
        assertThat(errors(form("startDate", "2026-02-07"))).containsExactly(entry("startDate", range));
        assertThat(errors(form("startDate", "2026-05-10"))).containsExactly(entry("startDate", range));
        assertThat(errors(form("startDate", "10/03/2026")))
                .containsExactly(entry("startDate", "Enter a date as yyyy-mm-dd"));
        assertThat(errors(form("startDate", null))).containsExactly(entry("startDate", "Give the first treatment day"));
    }

    @Test
    void aCertificationMethodIsRequired() {
        assertThat(errors(form("certification", null)))
                .containsExactly(entry("certification", "Say how the plan will be certified"));
        assertThat(errors(form("certification", "FAXED")))
                .containsExactly(entry("certification", "Choose one of the options"));
    }

    @Test
    void aVerbalOrderNeedsItsDate() {
        assertThat(errors(form("certification", "VERBAL_ORDER")))
                .containsExactly(entry("verbalOrderOn", "Give the date of the verbal order"));
        PlanOfCare plan = plan(form("certification", "VERBAL_ORDER", "verbalOrderOn", "2026-03-09"));
        assertThat(plan.verbalOrderOn()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void datesReceivedCannotBeInTheFuture() {
        String notFuture = "A date received can't be in the future";
        assertThat(errors(form("signatureReceived", "2026-03-11", "planSentOn", "2026-03-12"))).containsOnly(
                entry("signatureReceived", notFuture), entry("planSentOn", notFuture));
        PlanOfCare plan = plan(form("signatureReceived", "2026-03-10", "planSentOn", "2026-03-01"));
        assertThat(plan.signatureReceived()).isEqualTo(TODAY);
        assertThat(plan.planSentOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theSignedReferralAlternativeStartsIn2025() {
        LocalDate newYear = LocalDate.of(2025, 1, 10);
        PlanForm before = form("certification", "SIGNED_REFERRAL_AND_PLAN_SENT", "startDate", "2024-12-31");
        assertThat(before.check(newYear, TestDates.US).errors())
                .containsExactly(entry("certification", "The signed-referral alternative applies from 1 Jan 2025 only"));
        PlanForm from = form("certification", "SIGNED_REFERRAL_AND_PLAN_SENT", "startDate", "2025-01-01");
        assertThat(from.check(newYear, TestDates.US).valid()).isTrue();
    }

    @Test
    void interventionsCarryTheirCautionNotes() {
        PlanForm form = withValues(form("caution.THORACIC_MOBILIZATION_GRADE_III_IV", " grade III only "),
                "intervention", "THORACIC_MOBILIZATION_GRADE_III_IV", "MOBILITY_EXERCISE");
        assertThat(plan(form).interventions()).containsOnly(
                entry(Intervention.THORACIC_MOBILIZATION_GRADE_III_IV, "grade III only"),
                entry(Intervention.MOBILITY_EXERCISE, ""));
    }

    @Test
    void anUnknownInterventionOrConditionIsAnError() {
        assertThat(errors(withValues(form(), "intervention", "MOBILITY_EXERCISE", "CUPPING")))
                .containsExactly(entry("intervention", "Choose one of the options"));
        assertThat(errors(withValues(form(), "condition", "OSTEOPOROSIS", "GOUT"))).containsOnlyKeys("condition");
    }

    @Test
    void aCautionNoteIsLimitedInLength() {
        PlanForm form = withValues(form("caution.HEAT", "x".repeat(PlanSafety.NOTE_LIMIT + 1)), "intervention", "HEAT");
        assertThat(errors(form)).containsExactly(entry("caution.HEAT", "Use at most 500 characters"));
    }

    @Test
    void declaredConditionsAreRead() {
        assertThat(plan(withValues(form(), "condition", "OSTEOPOROSIS", "PREGNANCY")).declaredConditions())
                .containsExactlyInAnyOrder(HealthCondition.OSTEOPOROSIS, HealthCondition.PREGNANCY);
    }

    @Test
    void aSavedPlanShowsAsTheSameForm() {
        PlanForm typed = withValues(withValues(form("diagnoses", "M54.6, M99.02", "certification", "VERBAL_ORDER",
                        "verbalOrderOn", "2026-03-08", "signatureReceived", "2026-03-09",
                        "caution.THORACIC_MOBILIZATION_GRADE_III_IV", "grade III only"),
                "intervention", "THORACIC_MOBILIZATION_GRADE_III_IV", "POSTURAL_EXERCISE"),
                "condition", "OSTEOPOROSIS");
        PlanOfCare saved = plan(typed);
        PlanForm shown = PlanForm.of(saved);
        assertThat(plan(shown)).isEqualTo(saved);
        assertThat(shown.value("diagnoses")).isEqualTo("M54.6, M99.02");
        assertThat(shown.has("intervention", "POSTURAL_EXERCISE")).isTrue();
        assertThat(shown.has("intervention", "HEAT")).isFalse();
        assertThat(shown.has("condition", "OSTEOPOROSIS")).isTrue();
        assertThat(shown.fields()).doesNotContainKey("planSentOn");
    }
}
