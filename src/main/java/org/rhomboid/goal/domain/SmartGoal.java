package org.rhomboid.goal.domain;

import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A goal as therapists write them: Specific (an activity or impairment), Measurable (instrument, baseline,
 * target), Achievable, Relevant (the participation it serves), Time-bound (a deadline). Source: SMART-PT.
 *
 * @param relevantTo the PSFS activity or the patient's own goal this serves
 */
public record SmartGoal(String activity, Instrument instrument, Double baseline, Double target, LocalDate deadline,
                        String participation, String relevantTo, Term term) {

    public enum Term { SHORT_TERM, LONG_TERM }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH);
    private static final DecimalFormat NUMBER = new DecimalFormat("0.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));

    /** One readable sentence for the plan of care and progress reports. */
    public String sentence() {
        String comparator = instrument.higherIsBetter() ? "≥ " : "≤ ";
        return "Patient will " + activity.strip() + " with " + instrument.label() + " " + comparator
                + NUMBER.format(target) + instrument.unit() + " (baseline " + NUMBER.format(baseline) + instrument.unit()
                + ") by " + DATE.format(deadline) + ", to " + participation.strip() + ".";
    }
}
