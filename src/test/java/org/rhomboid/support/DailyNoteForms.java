package org.rhomboid.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The daily-note form tests post, as the therapist fills it in. */
public final class DailyNoteForms {

    private DailyNoteForms() {
    }

    /** A visit on the day given: two planned services (97112 24 min, 97110 23 min), 52 minutes in all. Mutable. */
    public static Map<String, List<String>> twoServices(LocalDate date) {
        Map<String, List<String>> f = new HashMap<>();
        f.put("visitDate", List.of(date.toString()));
        f.put("painToday", List.of("4"));
        f.put("patientReport", List.of("Sat through a full workday on Tuesday"));
        f.put("hepAdherence", List.of("MOST"));
        f.put("objective", List.of("Thoracic rotation L 40°, pain 2/10 at end range"));
        f.put("i0.code", List.of("97112"));
        f.put("i0.minutes", List.of("24"));
        f.put("i1.code", List.of("97110"));
        f.put("i1.minutes", List.of("23"));
        f.put("totalTreatmentMinutes", List.of("52"));
        f.put("assessment", List.of("Better rotation; tolerating loaded extension."));
        f.put("plan", List.of("Progress prone Y to 1 kg."));
        return f;
    }
}
