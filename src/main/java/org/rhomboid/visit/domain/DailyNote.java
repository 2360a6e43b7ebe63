package org.rhomboid.visit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A daily (treatment) note as read from its form: what the patient reports, what was done — each service with
 * its minutes, the assistant's share and the exercises — the total treatment time, the assessment and the plan.
 * A draft may leave any of it blank (null); a note ready to sign has the date, at least one service with its
 * minutes, the total treatment minutes and the assessment (DAILY-NOTE-CONTENT).
 */
public record DailyNote(LocalDate visitDate, Integer painToday, String patientReport, HepAdherence hepAdherence,
                        String objective, List<Treatment> treatments, Integer totalTreatmentMinutes, String assessment,
                        String plan, String separateSessionReason) {

    public DailyNote(LocalDate visitDate, Integer painToday, String patientReport, HepAdherence hepAdherence,
                     String objective, List<Treatment> treatments, Integer totalTreatmentMinutes, String assessment,
                     String plan) {
        this(visitDate, painToday, patientReport, hepAdherence, objective, treatments, totalTreatmentMinutes,
                assessment, plan, null);
    }

    /** A second visit the same day, documented apart, with the therapist's reason (SAME-DAY-VISIT). */
    public boolean separateSession() {
        return separateSessionReason != null;
    }

    /**
     * One service, by procedure code.
     *
     * @param minutes           the minutes of the service (0 allowed for an untimed code); null in a draft
     * @param assistantMinutes  of those, the minutes performed by an assistant
     * @param separateTimeBlock done in its own time block (allows 59 / XU on a bypassable NCCI pair)
     */
    public record Treatment(String code, Integer minutes, int assistantMinutes, boolean separateTimeBlock, String notes,
                            List<Exercise> exercises) {

        public Treatment {
            exercises = List.copyOf(exercises);
        }

        public int minutesOrZero() {
            return minutes == null ? 0 : minutes;
        }
    }

    /** One exercise as dosed today; any part may be blank, the name too in a draft. */
    public record Exercise(String name, Integer sets, Integer reps, String load, Integer holdSeconds) {}

    public DailyNote {
        treatments = List.copyOf(treatments);
    }

    /** The note's content as the plain tree that is hashed at signing (NoteHash); blanks are explicit nulls. */
    public Map<String, Object> content() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("visitDate", visitDate);
        c.put("painToday", painToday);
        c.put("patientReport", patientReport);
        c.put("hepAdherence", hepAdherence);
        c.put("objective", objective);
        List<Object> rows = new ArrayList<>();
        for (Treatment t : treatments) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", t.code());
            row.put("minutes", t.minutes());
            row.put("assistantMinutes", t.assistantMinutes());
            row.put("separateTimeBlock", t.separateTimeBlock());
            row.put("notes", t.notes());
            List<Object> exercises = new ArrayList<>();
            for (Exercise e : t.exercises()) {
                Map<String, Object> ex = new LinkedHashMap<>();
                ex.put("name", e.name());
                ex.put("sets", e.sets());
                ex.put("reps", e.reps());
                ex.put("load", e.load());
                ex.put("holdSeconds", e.holdSeconds());
                exercises.add(ex);
            }
            row.put("exercises", exercises);
            rows.add(row);
        }
        c.put("treatments", rows);
        c.put("totalTreatmentMinutes", totalTreatmentMinutes);
        c.put("assessment", assessment);
        c.put("plan", plan);
        if (separateSessionReason != null) {
            c.put("separateSession", separateSessionReason);
        }
        return c;
    }
}
