package org.rhomboid.evaluation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.billing.domain.EvaluationComplexity;
import org.rhomboid.reasoning.domain.Classification;
import org.rhomboid.shared.domain.FormReader;

/** The assessment form as typed, and what it must hold: a classification, the prognosis, the complexity inputs. */
public record AssessmentForm(Map<String, List<String>> fields) {

    public record Checked(Assessment assessment, Map<String, String> errors) {}

    public AssessmentForm {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Map.copyOf(copy);
    }

    public static AssessmentForm of(Assessment a) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("classification", a.classifications().stream().map(Enum::name).toList());
        fields.put("prognosis", List.of(a.prognosis().name()));
        fields.put("narrative", List.of(a.narrative()));
        fields.put("presentation", List.of(a.presentation().name()));
        fields.put("decisionMaking", List.of(a.decisionMaking().name()));
        fields.put("personalFactors", List.of(String.valueOf(a.personalFactors())));
        return new AssessmentForm(fields);
    }

    public String value(String name) {
        return new FormReader(fields).value(name);
    }

    public boolean has(String name, String value) {
        return fields.getOrDefault(name, List.of()).contains(value);
    }

    public Checked check() {
        FormReader f = new FormReader(fields);
        List<Classification> classifications = new ArrayList<>();
        for (String code : f.values("classification")) {
            Classification c = f.choice("classification", code, Classification.class);
            if (c != null && !classifications.contains(c)) {
                classifications.add(c);
            }
        }
        if (classifications.isEmpty() && !f.errors().containsKey("classification")) {
            f.error("classification", "Choose at least one classification");
        }
        Assessment.Prognosis prognosis = required(f, "prognosis", Assessment.Prognosis.class, "Give the prognosis");
        String narrative = f.text("narrative", Assessment.NARRATIVE_LIMIT);
        var presentation = required(f, "presentation", EvaluationComplexity.Presentation.class,
                "Say whether the presentation is stable, evolving or unstable");
        var decision = required(f, "decisionMaking", EvaluationComplexity.Level.class, "Give the decision-making complexity");
        Integer factors = f.integer("personalFactors", 0, 20, "a count from 0 to 20");
        if (factors == null && !f.errors().containsKey("personalFactors")) {
            f.error("personalFactors", "Count the personal factors and comorbidities that affect the plan (0 if none)");
        }
        if (!f.errors().isEmpty()) {
            return new Checked(null, Map.copyOf(f.errors()));
        }
        return new Checked(new Assessment(List.copyOf(classifications), prognosis, narrative, presentation, decision,
                factors), Map.of());
    }

    private static <E extends Enum<E>> E required(FormReader f, String field, Class<E> type, String message) {
        E value = f.choice(field, type);
        if (value == null && !f.errors().containsKey(field)) {
            f.error(field, message);
        }
        return value;
    }
}
