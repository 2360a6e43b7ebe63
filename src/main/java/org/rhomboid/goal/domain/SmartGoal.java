package org.rhomboid.goal.domain;

import java.time.LocalDate;
import org.rhomboid.shared.domain.DateWords;

/**
 * A goal as therapists write them: Specific (an activity or impairment), Measurable (instrument, baseline,
 * target), Achievable, Relevant (the participation it serves), Time-bound (a deadline). Source: SMART-PT.
 *
 * @param relevantTo the PSFS activity or the patient's own goal this serves
 */
public record SmartGoal(String activity, Instrument instrument, Double baseline, Double target, LocalDate deadline,
                        String participation, String relevantTo, Term term) {

    public enum Term { SHORT_TERM, LONG_TERM }

    /** One readable sentence for the plan of care, progress reports, letters and handouts (see GoalSentence). */
    public String sentence(DateWords words) {
        return GoalSentence.of(activity, instrument, baseline, target, deadline, participation, words);
    }
}
