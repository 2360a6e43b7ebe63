package org.rhomboid.visit.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rhomboid.billing.domain.ProcedureCatalog;
import org.rhomboid.billing.domain.ProcedureCode;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.intervention.domain.InterventionSafety;
import org.rhomboid.intervention.domain.InterventionSafety.Reason;
import org.rhomboid.intervention.domain.InterventionSafety.Status;

/**
 * Whether a procedure code may be documented in a daily note: only what the plan of care holds (POC-COVERAGE —
 * change the plan first), never an evaluation code (EVAL-SEPARATE: evaluations and re-evaluations have their
 * own notes), and never a contraindicated service, whatever the plan says (the patient may have changed since
 * the plan was signed; POC-COVERAGE-SAFETY, after MANIP-CONTRA, EPA-CONTRA, DN-THORAX, SCREEN-PRECAUTIONS).
 * A service under caution may be documented; the precaution is shown.
 */
public final class PlanCoverage {

    public static final Set<String> EVALUATION_CODES = Set.of("97161", "97162", "97163", "97164");

    public enum Verdict { ALLOWED, CAUTION, REFUSED }

    /** The decision for one code, with the message for the therapist (null when simply allowed). */
    public record Decision(String code, Verdict verdict, String message) {
        public boolean documentable() {
            return verdict != Verdict.REFUSED;
        }
    }

    private record Safety(Status status, String reasons) {}

    private final Set<String> planCodes;
    private final Map<String, Safety> safety;
    private final ProcedureCatalog catalog;

    private PlanCoverage(Set<String> planCodes, Map<String, Safety> safety, ProcedureCatalog catalog) {
        this.planCodes = planCodes.stream().map(PlanCoverage::normal).collect(Collectors.toUnmodifiableSet());
        this.safety = Map.copyOf(safety);
        this.catalog = catalog;
    }

    /** From the plan's codes and a safety status per code (codes without one are allowed). */
    public static PlanCoverage of(Collection<String> planCodes, Map<String, Status> safetyByCode, ProcedureCatalog catalog) {
        Map<String, Safety> safety = new LinkedHashMap<>();
        safetyByCode.forEach((code, status) -> safety.put(normal(code), new Safety(status, "")));
        return new PlanCoverage(Set.copyOf(planCodes), safety, catalog);
    }

    /**
     * From the planned interventions and their safety verdicts (InterventionSafety.check, as PlanSafety reads
     * them). Several interventions share a code (97140 covers mobilization, thrust and soft tissue): the code is
     * refused only when every planned intervention under it is contraindicated; when only some are, it is
     * allowed under caution, naming those that must not be done (COVERAGE-SHARED-CODE, product decision).
     */
    public static PlanCoverage fromPlan(Collection<Intervention> planned, List<InterventionSafety.Verdict> verdicts,
                                        ProcedureCatalog catalog) {
        Map<String, List<InterventionSafety.Verdict>> byCode = new LinkedHashMap<>();
        for (Intervention i : planned) {
            InterventionSafety.Verdict verdict = verdicts.stream().filter(v -> v.intervention() == i).findFirst()
                    .orElse(new InterventionSafety.Verdict(i, Status.ALLOWED, List.of(), i.cptCodes()));
            for (String code : i.cptCodes()) {
                byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(verdict);
            }
        }
        Map<String, Safety> safety = new LinkedHashMap<>();
        byCode.forEach((code, list) -> {
            List<InterventionSafety.Verdict> contraindicated = list.stream()
                    .filter(v -> v.status() == Status.CONTRAINDICATED).toList();
            List<InterventionSafety.Verdict> caution = list.stream().filter(v -> v.status() == Status.CAUTION).toList();
            if (contraindicated.size() == list.size()) {
                safety.put(code, new Safety(Status.CONTRAINDICATED, describe(contraindicated, Status.CONTRAINDICATED)));
            } else if (!contraindicated.isEmpty()) {
                String notThese = "not " + contraindicated.stream().map(v -> v.intervention().label())
                        .collect(Collectors.joining(", ")) + " (contraindicated: "
                        + reasons(contraindicated, Status.CONTRAINDICATED) + ")";
                safety.put(code, new Safety(Status.CAUTION, caution.isEmpty() ? notThese
                        : describe(caution, Status.CAUTION) + "; " + notThese));
            } else if (!caution.isEmpty()) {
                safety.put(code, new Safety(Status.CAUTION, describe(caution, Status.CAUTION)));
            }
        });
        return new PlanCoverage(byCode.keySet(), safety, catalog);
    }

    public ProcedureCatalog catalog() {
        return catalog;
    }

    public Set<String> planCodes() {
        return planCodes;
    }

    public Decision check(String rawCode) {
        String code = normal(rawCode);
        ProcedureCode known = catalog.find(code).orElse(null);
        if (known == null) {
            return new Decision(code, Verdict.REFUSED, code + " is not a procedure code Rhomboid bills; document a "
                    + "service from the plan of care, or change the plan first");
        }
        if (EVALUATION_CODES.contains(code)) {
            return new Decision(code, Verdict.REFUSED, code + " (" + known.label() + ") is documented in its own "
                    + "evaluation or re-evaluation note, not in a daily note");
        }
        if (!planCodes.contains(code)) {
            return new Decision(code, Verdict.REFUSED, code + " (" + known.label() + ") is not in the plan of care: "
                    + "add it to the plan of care first");
        }
        Safety s = safety.get(code);
        if (s != null && s.status() == Status.CONTRAINDICATED) {
            return new Decision(code, Verdict.REFUSED, code + " (" + known.label() + ") is contraindicated for this "
                    + "patient" + (s.reasons().isEmpty() ? "" : ": " + s.reasons()));
        }
        if (s != null && s.status() == Status.CAUTION) {
            return new Decision(code, Verdict.CAUTION, "Precaution for " + code + (s.reasons().isEmpty() ? ""
                    : " — " + s.reasons()));
        }
        return new Decision(code, Verdict.ALLOWED, null);
    }

    private static String describe(List<InterventionSafety.Verdict> verdicts, Status level) {
        return verdicts.stream().map(v -> v.intervention().label() + ": " + reasons(List.of(v), level))
                .collect(Collectors.joining("; "));
    }

    private static String reasons(List<InterventionSafety.Verdict> verdicts, Status level) {
        return verdicts.stream().flatMap(v -> v.reasons().stream()).filter(r -> r.level() == level)
                .map(Reason::message).distinct().collect(Collectors.joining("; "));
    }

    private static String normal(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
