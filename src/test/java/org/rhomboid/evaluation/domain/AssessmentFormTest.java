package org.rhomboid.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.EvaluationComplexity;
import org.rhomboid.reasoning.domain.Classification;

class AssessmentFormTest {

    /** A complete assessment; each pair replaces (or, with a null value, removes) one field. */
    private static AssessmentForm form(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("classification", List.of("THORACIC_MOBILITY_DEFICIT"));
        fields.put("prognosis", List.of("GOOD"));
        fields.put("narrative", List.of("Limited rotation with hypomobile T5-T6."));
        fields.put("presentation", List.of("STABLE"));
        fields.put("decisionMaking", List.of("LOW"));
        fields.put("personalFactors", List.of("0"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                fields.remove(namesAndValues[i]);
            } else {
                fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
            }
        }
        return new AssessmentForm(fields);
    }

    private static AssessmentForm classifications(String... codes) {
        Map<String, List<String>> fields = new LinkedHashMap<>(form().fields());
        fields.put("classification", List.of(codes));
        return new AssessmentForm(fields);
    }

    private static Map<String, String> errors(AssessmentForm form) {
        AssessmentForm.Checked checked = form.check();
        assertThat(checked.assessment()).isNull();
        return checked.errors();
    }

    @Test
    void aCompleteFormIsAnAssessment() {
        AssessmentForm.Checked checked = form().check();
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.assessment()).isEqualTo(new Assessment(List.of(Classification.THORACIC_MOBILITY_DEFICIT),
                Assessment.Prognosis.GOOD, "Limited rotation with hypomobile T5-T6.",
                EvaluationComplexity.Presentation.STABLE, EvaluationComplexity.Level.LOW, 0));
    }

    @Test
    void classificationsKeepTheirOrderWithoutRepeats() {
        assertThat(classifications("HYPERKYPHOSIS", "RIB_DYSFUNCTION", "HYPERKYPHOSIS").check().assessment()
                .classifications()).containsExactly(Classification.HYPERKYPHOSIS, Classification.RIB_DYSFUNCTION);
    }

    @Test
    void anEmptyFormSaysWhatIsMissing() {
        assertThat(errors(new AssessmentForm(Map.of()))).containsOnly(
                entry("classification", "Choose at least one classification"),
                entry("prognosis", "Give the prognosis"),
                entry("presentation", "Say whether the presentation is stable, evolving or unstable"),
                entry("decisionMaking", "Give the decision-making complexity"),
                entry("personalFactors", "Count the personal factors and comorbidities that affect the plan (0 if none)"));
    }

    @Test
    void theNarrativeIsOptionalButLimited() {
        assertThat(form("narrative", null).check().assessment().narrative()).isEmpty();
        assertThat(errors(form("narrative", "x".repeat(Assessment.NARRATIVE_LIMIT + 1))))
                .containsExactly(entry("narrative", "Use at most 4000 characters"));
    }

    @Test
    void unknownChoicesAreReportedAsSuch() {
        assertThat(errors(classifications("RIB_DYSFUNCTION", "WHIPLASH")))
                .containsExactly(entry("classification", "Choose one of the options"));
        assertThat(errors(classifications("WHIPLASH")))
                .as("not replaced by 'choose at least one'")
                .containsExactly(entry("classification", "Choose one of the options"));
        assertThat(errors(form("prognosis", "EXCELLENT", "presentation", "CRITICAL", "decisionMaking", "EXTREME")))
                .containsOnly(entry("prognosis", "Choose one of the options"),
                        entry("presentation", "Choose one of the options"),
                        entry("decisionMaking", "Choose one of the options"));
    }

    @Test
    void personalFactorsAreACountFromZeroToTwenty() {
        assertThat(form("personalFactors", "20").check().assessment().personalFactors()).isEqualTo(20);
        assertThat(errors(form("personalFactors", "21")))
                .containsExactly(entry("personalFactors", "Enter a count from 0 to 20"));
        assertThat(errors(form("personalFactors", "1.5")))
                .containsExactly(entry("personalFactors", "Enter a count from 0 to 20 (a whole number)"));
    }

    @Test
    void aSavedAssessmentShowsAsTheSameForm() {
        Assessment saved = classifications("POSTURAL_MOVEMENT_COORDINATION", "MYOFASCIAL_STRAIN").check().assessment();
        AssessmentForm shown = AssessmentForm.of(saved);
        assertThat(shown.check().assessment()).isEqualTo(saved);
        assertThat(shown.has("classification", "MYOFASCIAL_STRAIN")).isTrue();
        assertThat(shown.has("classification", "HYPERKYPHOSIS")).isFalse();
        assertThat(shown.value("prognosis")).isEqualTo("GOOD");
    }
}
