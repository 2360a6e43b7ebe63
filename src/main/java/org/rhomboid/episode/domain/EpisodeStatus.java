package org.rhomboid.episode.domain;

import java.util.Set;

/**
 * Where an episode of care stands. Discharge closes it for good: a new problem, or a return after
 * discharge, is a new episode with its own evaluation and plan of care.
 */
public enum EpisodeStatus {
    OPEN("Open"), ON_HOLD("On hold"), DISCHARGED("Discharged");

    private final String label;

    EpisodeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canBecome(EpisodeStatus next) {
        return allowedNext().contains(next);
    }

    public Set<EpisodeStatus> allowedNext() {
        return switch (this) {
            case OPEN -> Set.of(OPEN, ON_HOLD, DISCHARGED);
            case ON_HOLD -> Set.of(ON_HOLD, OPEN, DISCHARGED);
            case DISCHARGED -> Set.of(DISCHARGED);
        };
    }
}
