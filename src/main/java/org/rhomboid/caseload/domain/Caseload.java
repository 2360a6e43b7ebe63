package org.rhomboid.caseload.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rhomboid.caseload.domain.DueItem.Kind;
import org.rhomboid.caseload.domain.DueItem.Urgency;
import org.rhomboid.visit.domain.ComplianceWorklist;

/**
 * What is due for one patient on today's caseload, most urgent first. It judges nothing the other features already
 * judge: the documentation rules (progress report every 10 treatment days, certification and recertification,
 * unsigned notes, the KX threshold) and the authorization alerts come as the compliance worklist's items, red flags
 * as the screening's open concerns, home exercise as the programme's advice (HEP-REVIEW). It only picks the items
 * for the patient, words the red flags, and orders them.
 */
public final class Caseload {

    /** An open concern of the patient's latest screening that no therapist has acknowledged yet. */
    public record RedFlag(String condition, String level, boolean urgent) {}

    /**
     * The home programme at a glance: adherence over the last two weeks (null when nothing was prescribed), the
     * worst pain of each day logged, and the programme's advice to review it, if any.
     */
    public record HomeExercise(Integer adherencePercent, List<PainPoint> pain, String reviewReason) {
        public HomeExercise {
            pain = List.copyOf(pain);
        }

        public static final HomeExercise NONE = new HomeExercise(null, List.of(), null);

        /** Whether there is anything to show. */
        public boolean any() {
            return adherencePercent != null || !pain.isEmpty() || reviewReason != null;
        }
    }

    /** A day's worst pain score (0–10). */
    public record PainPoint(LocalDate date, int score) {}

    /** Which way the patient's pain has gone over the days logged: the first and the last score compared. */
    public enum Trend {
        BETTER("Pain easing"), SAME("Pain steady"), WORSE("Pain rising"), UNKNOWN("No pain logged");

        private final String label;

        Trend(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Ordering: urgency, then the earliest due day (undated first), then the kind. */
    static final Comparator<DueItem> URGENCY = Comparator.comparing(DueItem::urgency)
            .thenComparing(DueItem::due, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DueItem::kind);

    private Caseload() {
    }

    /**
     * @param worklist the compliance worklist's items of the patient (their episodes' and their own)
     */
    public static List<DueItem> dueFor(List<RedFlag> redFlags, List<ComplianceWorklist.Item> worklist,
                                       HomeExercise home) {
        List<DueItem> items = new ArrayList<>();
        for (RedFlag flag : redFlags) {
            items.add(new DueItem(Kind.RED_FLAG, Urgency.ATTEND_FIRST, flag.condition() + " (" + flag.level()
                    + "): not yet acknowledged. Review the screening before treating.", null, null));
        }
        for (ComplianceWorklist.Item item : worklist) {
            items.add(new DueItem(kind(item.kind()), urgency(item.severity()), item.sentence(), item.due(), item.note()));
        }
        if (home.reviewReason() != null) {
            items.add(new DueItem(Kind.HOME_EXERCISE, Urgency.FYI, "Review the home programme: " + home.reviewReason(),
                    null, null));
        }
        items.sort(URGENCY);
        return List.copyOf(items);
    }

    /** The pain's direction over the days logged; a change under {@code meaningful} points is steady. */
    public static Trend trend(List<PainPoint> pain, int meaningful) {
        if (pain.isEmpty()) {
            return Trend.UNKNOWN;
        }
        int change = pain.get(pain.size() - 1).score() - pain.get(0).score();
        if (change >= meaningful) {
            return Trend.WORSE;
        }
        return change <= -meaningful ? Trend.BETTER : Trend.SAME;
    }

    static Kind kind(ComplianceWorklist.Kind kind) {
        return switch (kind) {
            case LATE_ENTRY, UNSIGNED_NOTE, AWAITING_COSIGNATURE -> Kind.UNSIGNED_NOTE;
            case CERTIFICATION_MISSING, RECERTIFICATION_OVERDUE, RECERTIFICATION_DUE -> Kind.CERTIFICATION;
            case PROGRESS_REPORT_DUE -> Kind.PROGRESS_REPORT;
            case KX_REACHED, KX_APPROACHING -> Kind.VISIT_LIMIT;
            case AUTHORIZATION_EXPIRED_WITH_BOOKINGS, AUTHORIZATION_RUNNING_OUT -> Kind.AUTHORIZATION;
        };
    }

    static Urgency urgency(ComplianceWorklist.Severity severity) {
        return switch (severity) {
            case OVERDUE -> Urgency.OVERDUE;
            case DUE -> Urgency.DUE;
            case UPCOMING -> Urgency.UPCOMING;
        };
    }
}
