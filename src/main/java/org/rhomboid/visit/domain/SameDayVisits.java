package org.rhomboid.visit.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.shared.domain.DateWords;

/**
 * One daily note per episode and day (SAME-DAY-VISIT): a second one is either a separate session — a second visit
 * that day, which the therapist marks with the reason, and which the claim carries as a distinct line with the
 * separate-encounter modifier — or a duplicate, which is refused. Warned on the page while the note is written.
 */
public final class SameDayVisits {

    /** Another signed daily note of the episode, on its date. */
    public record Signed(UUID noteId, LocalDate date, String author, boolean separateSession) {}

    private SameDayVisits() {
    }

    /** What the page says while a note for the date is written, if the episode already has one that day. */
    public static Optional<String> warning(List<Signed> others, LocalDate date, boolean separateSession) {
        List<Signed> sameDay = sameDay(others, date);
        if (sameDay.isEmpty()) {
            return Optional.empty();
        }
        String who = sameDay.get(0).author();
        return Optional.of(separateSession
                ? "A daily note for this date is already signed by " + who + ": this one is billed as a separate"
                  + " session."
                : "A daily note for this date is already signed by " + who + ". Add to it with an addendum, or, if"
                  + " this was a second visit the same day, mark this note as a separate session and say why.");
    }

    /** Why the note can't be signed for the date, if it can't. */
    public static Optional<String> refusal(List<Signed> others, LocalDate date, boolean separateSession,
                                           DateWords words) {
        List<Signed> sameDay = sameDay(others, date);
        if (sameDay.isEmpty() && separateSession) {
            return Optional.of("There is no other daily note on " + words.day(date) + ": a separate session needs the day's"
                    + " first visit to be documented. Untick \u201cseparate session\u201d.");
        }
        if (!sameDay.isEmpty() && !separateSession) {
            return Optional.of("A daily note for " + words.day(date) + " is already signed by " + sameDay.get(0).author()
                    + ". A second note for the same day is signed only as a separate session, with the reason;"
                    + " to add to the first visit, write an addendum to its note.");
        }
        return Optional.empty();
    }

    private static List<Signed> sameDay(List<Signed> others, LocalDate date) {
        return date == null ? List.of() : others.stream().filter(s -> date.equals(s.date())).toList();
    }
}
