package org.rhomboid.plan.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.intervention.domain.InterventionSafety.Reason;
import org.rhomboid.intervention.domain.InterventionSafety.Status;
import org.rhomboid.intervention.domain.InterventionSafety.Verdict;

/**
 * What keeps a plan's interventions from being signed: a contraindicated intervention can't stay in the plan
 * (the reasons are shown), and one under caution needs the therapist's note on how it is adapted.
 * Source: the safety rules (MANIP-CONTRA, EPA-CONTRA, DN-THORAX, SCREEN-PRECAUTIONS).
 */
public final class PlanSafety {

    public static final int NOTE_LIMIT = 500;

    private PlanSafety() {
    }

    /** Messages keyed by field: "intervention.CODE" for a contraindication, "caution.CODE" for a missing note. */
    public static Map<String, String> problems(Map<Intervention, String> planned, List<Verdict> verdicts) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (Verdict verdict : verdicts) {
            Intervention i = verdict.intervention();
            if (!planned.containsKey(i)) {
                continue;
            }
            String note = planned.get(i) == null ? "" : planned.get(i).strip();
            if (verdict.status() == Status.CONTRAINDICATED) {
                problems.put("intervention." + i.name(), i.label() + " is contraindicated: " + reasons(verdict, Status.CONTRAINDICATED));
            } else if (verdict.status() == Status.CAUTION && note.isEmpty()) {
                problems.put("caution." + i.name(), "Precaution — " + reasons(verdict, Status.CAUTION)
                        + ". Write how you will adapt it");
            }
            if (note.length() > NOTE_LIMIT) {
                problems.put("caution." + i.name(), "Use at most " + NOTE_LIMIT + " characters");
            }
        }
        return problems;
    }

    private static String reasons(Verdict verdict, Status level) {
        return verdict.reasons().stream().filter(r -> r.level() == level).map(Reason::message).distinct()
                .collect(Collectors.joining("; "));
    }
}
