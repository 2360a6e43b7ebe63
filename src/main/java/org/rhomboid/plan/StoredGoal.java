package org.rhomboid.plan;

import java.util.UUID;
import org.rhomboid.goal.domain.GoalStatus;
import org.rhomboid.goal.domain.SmartGoal;

/** A goal of the episode's plan of care, with where it stands. */
public record StoredGoal(UUID id, UUID episodeId, SmartGoal goal, GoalStatus status) {
}
