package org.rhomboid.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.FormReader;

/**
 * The plan-of-care form as typed, and what it must hold before it is a plan: diagnoses, 1–7 visits a week for
 * 1–52 weeks from a start date near today, and a certification method with the dates it needs so far.
 * Coding and safety checks come after, on the parsed plan.
 */
public record PlanForm(Map<String, List<String>> fields) {

    /** A plan may start up to 30 days back (entered late) or 60 days ahead. Product rule. */
    public static final int START_DAYS_BACK = 30;
    public static final int START_DAYS_AHEAD = 60;

    public record Checked(PlanOfCare plan, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public PlanForm {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Map.copyOf(copy);
    }

    /** The form showing a saved plan, for editing. */
    public static PlanForm of(PlanOfCare plan) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("diagnoses", List.of(String.join(", ", plan.diagnoses())));
        f.put("frequency", List.of(String.valueOf(plan.frequencyPerWeek())));
        f.put("duration", List.of(String.valueOf(plan.durationWeeks())));
        f.put("startDate", List.of(plan.startDate().toString()));
        f.put("certification", List.of(plan.certification().name()));
        put(f, "signatureReceived", plan.signatureReceived());
        put(f, "verbalOrderOn", plan.verbalOrderOn());
        put(f, "planSentOn", plan.planSentOn());
        f.put("intervention", plan.interventions().keySet().stream().map(Enum::name).toList());
        plan.interventions().forEach((i, note) -> f.put("caution." + i.name(), List.of(note == null ? "" : note)));
        f.put("condition", plan.declaredConditions().stream().map(Enum::name).toList());
        return new PlanForm(f);
    }

    private static void put(Map<String, List<String>> f, String name, LocalDate date) {
        if (date != null) {
            f.put(name, List.of(date.toString()));
        }
    }

    public String value(String name) {
        return new FormReader(fields).value(name);
    }

    public boolean has(String name, String value) {
        return fields.getOrDefault(name, List.of()).contains(value);
    }

    public Checked check(LocalDate today, DateWords words) {
        FormReader f = new FormReader(fields);
        List<String> diagnoses = new ArrayList<>();
        for (String line : f.value("diagnoses").split("[,;\\s]+")) {
            if (!line.isBlank()) {
                diagnoses.add(line.strip().toUpperCase(java.util.Locale.ROOT));
            }
        }
        if (diagnoses.stream().anyMatch(code -> !code.matches("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?"))) {
            f.error("diagnoses", "Enter ICD-10-CM codes such as M54.6, separated by commas");
        } else if (diagnoses.isEmpty()) {
            f.error("diagnoses", "Give at least one ICD-10-CM diagnosis, e.g. M54.6");
        } else if (diagnoses.size() > PlanOfCare.MAX_DIAGNOSES) {
            f.error("diagnoses", "Use at most " + PlanOfCare.MAX_DIAGNOSES + " diagnoses");
        }
        Integer frequency = f.integer("frequency", 1, 7, "1 to 7 visits a week");
        Integer duration = f.integer("duration", 1, 52, "1 to 52 weeks");
        LocalDate start = f.date("startDate", today.minusDays(START_DAYS_BACK), today.plusDays(START_DAYS_AHEAD),
                "Start between " + words.day(today.minusDays(START_DAYS_BACK)) + " and "
                        + words.day(today.plusDays(START_DAYS_AHEAD)));
        if (frequency == null && !f.errors().containsKey("frequency")) {
            f.error("frequency", "Say how many visits a week");
        }
        if (duration == null && !f.errors().containsKey("duration")) {
            f.error("duration", "Say how many weeks");
        }
        if (start == null && !f.errors().containsKey("startDate")) {
            f.error("startDate", "Give the first treatment day");
        }
        Certification.Method method = f.choice("certification", Certification.Method.class);
        if (method == null && !f.errors().containsKey("certification")) {
            f.error("certification", "Say how the plan will be certified");
        }
        String notFuture = "A date received can't be in the future";
        LocalDate signature = f.date("signatureReceived", LocalDate.of(2000, 1, 1), today, notFuture);
        LocalDate verbal = f.date("verbalOrderOn", LocalDate.of(2000, 1, 1), today, notFuture);
        LocalDate sent = f.date("planSentOn", LocalDate.of(2000, 1, 1), today, notFuture);
        if (method == Certification.Method.VERBAL_ORDER && verbal == null && !f.errors().containsKey("verbalOrderOn")) {
            f.error("verbalOrderOn", "Give the date of the verbal order");
        }
        if (method == Certification.Method.SIGNED_REFERRAL_AND_PLAN_SENT && start != null
                && start.isBefore(Certification.REFERRAL_ALTERNATIVE_FROM)) {
            f.error("certification", "The signed-referral alternative applies from 1 Jan 2025 only");
        }

        Map<Intervention, String> interventions = new EnumMap<>(Intervention.class);
        for (String code : f.values("intervention")) {
            Intervention i = f.choice("intervention", code, Intervention.class);
            if (i != null) {
                interventions.put(i, f.text("caution." + i.name(), PlanSafety.NOTE_LIMIT));
            }
        }
        Set<HealthCondition> conditions = EnumSet.noneOf(HealthCondition.class);
        for (String code : f.values("condition")) {
            HealthCondition c = f.choice("condition", code, HealthCondition.class);
            if (c != null) {
                conditions.add(c);
            }
        }
        if (!f.errors().isEmpty()) {
            return new Checked(null, Map.copyOf(f.errors()));
        }
        return new Checked(new PlanOfCare(List.copyOf(diagnoses), frequency, duration, start, method, signature, verbal,
                sent, interventions, conditions), Map.of());
    }
}
