package org.rhomboid.intervention.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.rhomboid.screening.domain.PrecautionCode;
import org.rhomboid.shared.domain.RuleTables;

/**
 * Whether each intervention is allowed for this patient: screening precautions and the patient's conditions,
 * matched against intervention/safety.tsv. The most severe reason decides; every reason is given. A
 * contraindicated intervention can't enter a signed plan; a caution needs an acknowledged note.
 */
public final class InterventionSafety {

    public enum Status { ALLOWED, CAUTION, CONTRAINDICATED }

    public record Reason(String because, Status level, String message, String source) {}

    public record Verdict(Intervention intervention, Status status, List<Reason> reasons, List<String> cptCodes) {}

    private record Rule(Intervention.Group group, String trigger, Status level, String message, String source) {}

    private static final List<Rule> RULES = load();

    private InterventionSafety() {
    }

    public static List<Verdict> check(Collection<Intervention> interventions, Collection<PrecautionCode> precautions,
                                      Collection<HealthCondition> conditions) {
        List<String> triggers = new ArrayList<>();
        precautions.forEach(p -> triggers.add("PRECAUTION:" + p.name()));
        conditions.forEach(c -> triggers.add("CONDITION:" + c.name()));
        List<Verdict> verdicts = new ArrayList<>();
        for (Intervention intervention : interventions) {
            List<Reason> reasons = new ArrayList<>();
            Status status = Status.ALLOWED;
            for (Rule rule : RULES) {
                if (rule.group() == intervention.group() && triggers.contains(rule.trigger())) {
                    reasons.add(new Reason(rule.trigger().substring(rule.trigger().indexOf(':') + 1), rule.level(),
                            rule.message(), rule.source()));
                    status = rule.level().compareTo(status) > 0 ? rule.level() : status;
                }
            }
            reasons.sort((a, b) -> b.level().compareTo(a.level()));
            verdicts.add(new Verdict(intervention, status, List.copyOf(reasons), intervention.cptCodes()));
        }
        return verdicts;
    }

    private static List<Rule> load() {
        return RuleTables.rows("/intervention/safety.tsv").stream()
                .map(f -> new Rule(Intervention.Group.valueOf(f[0]), f[1], Status.valueOf(f[2]), f[3], f[4]))
                .toList();
    }
}
