package org.rhomboid.link.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.rhomboid.episode.domain.EpisodeStatus;

/**
 * When a patient's link answers. Only while the episode is in care: discharge ends every link for good, and putting
 * the episode on hold pauses them — nobody is reading what the patient sends while the clinic is not treating them
 * (a pain diary climbing to 9/10 would go unseen), and an intake or measures form answered then would describe a
 * patient the clinic is not seeing. Reopening the episode lets links still within their own lifetime answer again.
 */
public final class LinkLife {

    /** What staff are told when they try to send a link for an episode that is not in care. */
    public static final String ON_HOLD = "This episode is on hold: patient links don’t open until it is reopened.";

    private LinkLife() {
    }

    /** Whether links answer for an episode with this status. */
    public static boolean inCare(EpisodeStatus status) {
        return status == EpisodeStatus.OPEN;
    }

    /** Whether a link that expires at that moment still works now. */
    public static boolean beforeExpiry(OffsetDateTime expiresAt, OffsetDateTime now) {
        return now.isBefore(expiresAt);
    }

    /** Whether a portal link whose last day is that one still works today (all of its last day). */
    public static boolean onOrBefore(LocalDate lastDay, LocalDate today) {
        return !today.isAfter(lastDay);
    }
}
