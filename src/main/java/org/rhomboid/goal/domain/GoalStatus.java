package org.rhomboid.goal.domain;

import java.time.LocalDate;

/** Where a goal stands at a progress report. */
public enum GoalStatus {
    PROGRESSING, MET, NOT_MET, MODIFIED, DISCONTINUED;

    /**
     * The status a new measurement suggests: met once the target is reached, not met when the deadline has passed
     * without reaching it, otherwise progressing. Modified and discontinued are the therapist's decisions.
     */
    public static GoalStatus suggest(SmartGoal goal, double latest, LocalDate today) {
        if (goal.instrument().improvement(goal.target(), latest) >= 0) {
            return MET;
        }
        return today.isAfter(goal.deadline()) ? NOT_MET : PROGRESSING;
    }
}
