package org.rhomboid.episode;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A change of an episode's start of care, as kept in its history. */
public record StartChange(LocalDate from, LocalDate to, String reason, String changedBy, OffsetDateTime changedAt) {
}
