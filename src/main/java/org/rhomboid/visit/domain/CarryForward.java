package org.rhomboid.visit.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What today's daily note starts with from the last one (CARRY-FORWARD): the services and the exercises with their
 * dosage — what the plan keeps doing. Not the minutes, the assistant's share, the findings, the assessment or the
 * plan: those describe one visit, and copying them makes cloned notes that auditors reject. The last visit's
 * findings and assessment are shown beside the empty fields, to copy on purpose.
 */
public final class CarryForward {

    private static final List<String> EXERCISE_PARTS = List.of("name", "sets", "reps", "load", "hold");

    private CarryForward() {
    }

    /** The draft fields carried from the last daily note's form (as typed or as signed). */
    public static Map<String, List<String>> from(Map<String, List<String>> last) {
        Map<String, List<String>> carried = new LinkedHashMap<>();
        int row = 0;
        for (int n = 0; n < DailyNoteForm.MAX_SERVICES; n++) {
            List<String> code = last.getOrDefault("i" + n + ".code", List.of());
            if (code.isEmpty() || code.get(0) == null || code.get(0).isBlank()) {
                continue;
            }
            String to = "i" + row++;
            carried.put(to + ".code", List.of(code.get(0).strip()));
            int exercise = 0;
            for (int m = 0; m < DailyNoteForm.MAX_EXERCISES; m++) {
                String from = "i" + n + ".e" + m + ".";
                boolean any = EXERCISE_PARTS.stream().anyMatch(p -> !first(last, from + p).isEmpty());
                if (!any) {
                    continue;
                }
                String into = to + ".e" + exercise++ + ".";
                for (String part : EXERCISE_PARTS) {
                    String value = first(last, from + part);
                    if (!value.isEmpty()) {
                        carried.put(into + part, List.of(value));
                    }
                }
            }
        }
        return carried;
    }

    private static String first(Map<String, List<String>> form, String field) {
        List<String> values = form.getOrDefault(field, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }
}
