package org.rhomboid.intervention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rhomboid.billing.domain.ProcedureCatalog;
import org.rhomboid.intervention.domain.InterventionSafety.Status;
import org.rhomboid.screening.domain.PrecautionCode;

class InterventionSafetyTest {

    private static final Set<String> ROWS;

    static {
        try {
            ROWS = rules().map(a -> a.get()[0] + "|" + a.get()[1] + "|" + a.get()[3])
                    .collect(java.util.stream.Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of the safety table, as (group, trigger, level, message). */
    static Stream<Arguments> rules() throws Exception {
        List<Arguments> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                InterventionSafetyTest.class.getResourceAsStream("/intervention/safety.tsv"), StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .forEach(f -> rows.add(Arguments.of(f[0], f[1], f[2], f[3])));
        }
        return rows.stream();
    }

    private static InterventionSafety.Verdict verdict(Intervention intervention, Set<PrecautionCode> precautions,
                                                      Set<HealthCondition> conditions) {
        return InterventionSafety.check(List.of(intervention), precautions, conditions).get(0);
    }

    @ParameterizedTest(name = "{1} → {0} {2}")
    @MethodSource("rules")
    void everyRuleAppliesToEveryInterventionOfItsGroupAndNoOther(String group, String trigger, String level,
                                                                  String message) {
        String name = trigger.substring(trigger.indexOf(':') + 1);
        Set<PrecautionCode> precautions = trigger.startsWith("PRECAUTION:") ? Set.of(PrecautionCode.valueOf(name)) : Set.of();
        Set<HealthCondition> conditions = trigger.startsWith("CONDITION:") ? Set.of(HealthCondition.valueOf(name)) : Set.of();
        for (Intervention intervention : Intervention.values()) {
            InterventionSafety.Verdict verdict = verdict(intervention, precautions, conditions);
            if (intervention.group().name().equals(group)) {
                assertThat(verdict.status()).as(intervention + " with " + trigger).isEqualTo(Status.valueOf(level));
                assertThat(verdict.reasons()).extracting(InterventionSafety.Reason::message).contains(message);
            } else if (!ROWS.contains(intervention.group() + "|" + trigger + "|" + message)) {
                // Outside its group, this row's reason never appears (unless the other group has the same row).
                assertThat(verdict.reasons()).as(intervention + " with " + trigger)
                        .extracting(InterventionSafety.Reason::message).doesNotContain(message);
            }
        }
    }

    @Test
    void theIssuesExample() {
        List<InterventionSafety.Verdict> verdicts = InterventionSafety.check(
                List.of(Intervention.THORACIC_THRUST_MANIPULATION, Intervention.TENS),
                Set.of(PrecautionCode.NO_THRUST_MANIPULATION), Set.of(HealthCondition.OSTEOPOROSIS));
        assertThat(verdicts.get(0).status()).isEqualTo(Status.CONTRAINDICATED);
        assertThat(verdicts.get(0).reasons()).extracting(InterventionSafety.Reason::because)
                .containsExactlyInAnyOrder("NO_THRUST_MANIPULATION", "OSTEOPOROSIS");
        assertThat(verdicts.get(1).status()).isEqualTo(Status.ALLOWED);
        assertThat(verdicts.get(1).reasons()).isEmpty();
    }

    @Test
    void theMostSevereReasonDecidesAndComesFirst() {
        var verdict = verdict(Intervention.THORACIC_THRUST_MANIPULATION, Set.of(),
                Set.of(HealthCondition.LONG_TERM_CORTICOSTEROIDS, HealthCondition.MALIGNANCY));
        assertThat(verdict.status()).isEqualTo(Status.CONTRAINDICATED);
        assertThat(verdict.reasons().get(0).level()).isEqualTo(Status.CONTRAINDICATED);
        assertThat(verdict(Intervention.THORACIC_THRUST_MANIPULATION, Set.of(),
                Set.of(HealthCondition.LONG_TERM_CORTICOSTEROIDS)).status()).isEqualTo(Status.CAUTION);
    }

    @Test
    void exerciseAndEducationStaySafeForEveryone() {
        var verdicts = InterventionSafety.check(List.of(Intervention.MOBILITY_EXERCISE, Intervention.PAIN_NEUROSCIENCE_EDUCATION),
                Set.of(PrecautionCode.values()), Set.of(HealthCondition.values()));
        assertThat(verdicts).allSatisfy(v -> assertThat(v.status()).isEqualTo(Status.ALLOWED));
    }

    @Test
    void everyInterventionLinksToCodesTheCodingEngineKnows() {
        for (Intervention intervention : Intervention.values()) {
            assertThat(intervention.cptCodes()).isNotEmpty()
                    .allSatisfy(code -> assertThat(ProcedureCatalog.builtIn().find(code)).as(code).isPresent());
        }
    }

    @Test
    void theTableCoversEveryScreeningPrecaution() throws Exception {
        List<String> triggers = rules().map(a -> (String) a.get()[1]).toList();
        assertThat(Arrays.stream(PrecautionCode.values()).map(p -> "PRECAUTION:" + p.name()))
                .allSatisfy(p -> assertThat(triggers).contains(p));
        assertThat(Arrays.stream(HealthCondition.values()).map(c -> "CONDITION:" + c.name()))
                .allSatisfy(c -> assertThat(triggers).contains(c));
    }
}
