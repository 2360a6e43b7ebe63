package org.rhomboid.bootstrap;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A form as its page posts it (field → values), written field by field for the demo seeding. */
final class DemoForm {

    private final Map<String, List<String>> fields = new HashMap<>();

    static DemoForm of() {
        return new DemoForm();
    }

    DemoForm set(String field, String... values) {
        fields.put(field, List.copyOf(Arrays.asList(values)));
        return this;
    }

    DemoForm set(String field, LocalDate day) {
        return set(field, day.toString());
    }

    DemoForm set(String field, int value) {
        return set(field, String.valueOf(value));
    }

    /** Every field given the same answer (the intake's red-flag questions answered no, one by one). */
    DemoForm all(Iterable<String> names, String value) {
        names.forEach(name -> set(name, value));
        return this;
    }

    /**
     * A daily note's form: the visit, what the patient reports, and the timed services as code and minutes pairs
     * ("97140", "15", "97110", "20"), with the total treatment time.
     */
    static DemoForm dailyNote(LocalDate day, int pain, String adherence, String report, String objective,
                              String assessment, String plan, int totalMinutes, String... codeMinutes) {
        DemoForm form = of().set("visitDate", day).set("painToday", pain).set("hepAdherence", adherence)
                .set("patientReport", report).set("objective", objective).set("assessment", assessment)
                .set("plan", plan).set("totalTreatmentMinutes", totalMinutes);
        for (int i = 0; i < codeMinutes.length / 2; i++) {
            form.set("i" + i + ".code", codeMinutes[2 * i]).set("i" + i + ".minutes", codeMinutes[2 * i + 1]);
        }
        return form;
    }

    Map<String, List<String>> fields() {
        return new HashMap<>(fields);
    }
}
