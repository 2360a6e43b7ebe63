package org.rhomboid.caseload.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One thing due for a patient on today's caseload, in words a clinician reads at a glance.
 *
 * @param due  the day it falls due, or null when it has no date (a red flag is due now)
 * @param note the note to open for it, or null
 */
public record DueItem(Kind kind, Urgency urgency, String text, LocalDate due, UUID note) {

    /** What the item is about; the page draws a small sign for each. */
    public enum Kind {
        RED_FLAG("Red flag"),
        UNSIGNED_NOTE("Unsigned note"),
        PROGRESS_REPORT("Progress report"),
        CERTIFICATION("Plan of care"),
        AUTHORIZATION("Authorization"),
        VISIT_LIMIT("Medicare threshold"),
        HOME_EXERCISE("Home exercise");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Most urgent first: a red flag before anything overdue, overdue before due, due before coming up. */
    public enum Urgency {
        ATTEND_FIRST("Attend to first"),
        OVERDUE("Overdue"),
        DUE("Due"),
        UPCOMING("Coming up"),
        FYI("For your attention");

        private final String label;

        Urgency(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
