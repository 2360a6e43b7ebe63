package org.rhomboid.goal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.rhomboid.shared.domain.DateWords;

/**
 * Checks a goal before it enters a plan of care. Errors block: not measurable, target not an improvement, out of
 * the instrument's range, deadline outside the plan, not linked to what the patient wants. A warning does not: a
 * target closer to baseline than the instrument's MCIC. Source: SMART-PT, and the MCIC keys of Instrument.
 */
public final class GoalCheck {

    public record Finding(String field, String message, boolean blocking) {}

    private GoalCheck() {
    }

    public static List<Finding> check(SmartGoal goal, LocalDate planStart, LocalDate planEnd,
                                      Collection<String> psfsActivities, String patientGoal, DateWords words) {
        List<Finding> findings = new ArrayList<>();
        if (blank(goal.activity())) {
            findings.add(error("activity", "Say what the patient will do, starting with a verb (e.g. carry a grocery bag from the car)"));
        }
        if (goal.instrument() == null) {
            findings.add(error("instrument", "Choose how the goal is measured"));
        }
        if (goal.baseline() == null) {
            findings.add(error("baseline", "Give the baseline measurement"));
        }
        if (goal.target() == null) {
            findings.add(error("target", "Give the target"));
        }
        if (goal.instrument() != null && goal.baseline() != null && goal.target() != null) {
            Instrument instrument = goal.instrument();
            if (!instrument.inRange(goal.baseline())) {
                findings.add(error("baseline", range(instrument)));
            }
            if (!instrument.inRange(goal.target())) {
                findings.add(error("target", range(instrument)));
            }
            double improvement = instrument.improvement(goal.baseline(), goal.target());
            if (improvement <= 0) {
                findings.add(error("target", "The target must be better than the baseline ("
                        + (instrument.higherIsBetter() ? "higher" : "lower") + " is better on " + instrument.label() + ")"));
            } else if (improvement < instrument.mcic()) {
                findings.add(new Finding("target", "A change of " + trim(improvement) + " is less than the "
                        + instrument.label() + " minimal clinically important change of " + trim(instrument.mcic())
                        + "; the patient may not notice it", false));
            }
        }
        if (goal.deadline() == null) {
            findings.add(error("deadline", "Give a deadline"));
        } else if (!goal.deadline().isAfter(planStart) || goal.deadline().isAfter(planEnd)) {
            findings.add(error("deadline", "The deadline must fall within the plan of care (" + words.day(planStart) + " to "
                    + words.day(planEnd) + ")"));
        }
        if (blank(goal.participation())) {
            findings.add(error("participation", "Say what the goal lets the patient do (e.g. return to full-time desk work)"));
        }
        if (!relevant(goal.relevantTo(), psfsActivities, patientGoal)) {
            findings.add(error("relevantTo", "Link the goal to one of the patient's PSFS activities or their own goal"));
        }
        if (goal.term() == null) {
            findings.add(error("term", "Say whether this is a short- or long-term goal"));
        }
        return findings;
    }

    public static boolean blocking(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::blocking);
    }

    private static boolean relevant(String relevantTo, Collection<String> psfsActivities, String patientGoal) {
        if (blank(relevantTo)) {
            return false;
        }
        String wanted = relevantTo.strip().toLowerCase(Locale.ROOT);
        return psfsActivities.stream().anyMatch(a -> a.strip().toLowerCase(Locale.ROOT).equals(wanted))
                || patientGoal != null && patientGoal.strip().toLowerCase(Locale.ROOT).equals(wanted);
    }

    private static Finding error(String field, String message) {
        return new Finding(field, message, true);
    }

    private static String range(Instrument instrument) {
        return "Use a value from " + trim(instrument.min()) + " to " + trim(instrument.max()) + " on " + instrument.label();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
