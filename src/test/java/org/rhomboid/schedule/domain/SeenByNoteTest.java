package org.rhomboid.schedule.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.schedule.domain.AppointmentStatus.BOOKED;
import static org.rhomboid.schedule.domain.AppointmentStatus.CANCELLED;
import static org.rhomboid.schedule.domain.AppointmentStatus.CHECKED_IN;
import static org.rhomboid.schedule.domain.AppointmentStatus.NO_SHOW;
import static org.rhomboid.schedule.domain.AppointmentStatus.SEEN;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which of the day's appointments a signed visit note marks seen. */
class SeenByNoteTest {

    private static final UUID AUTHOR = UUID.randomUUID();
    private static final UUID OTHER_PT = UUID.randomUUID();
    private static final UUID EPISODE = UUID.randomUUID();
    private static final Instant NINE = Instant.parse("2026-12-14T14:00:00Z");
    private static final Instant TEN = NINE.plusSeconds(3600);

    private static SeenByNote.Candidate appointment(UUID therapist, UUID episode, AppointmentStatus status,
                                                    Instant start) {
        return new SeenByNote.Candidate(UUID.randomUUID(), therapist, episode, status, start);
    }

    @Test
    void aVisitWithoutAnAppointmentMarksNothing() {
        assertThat(SeenByNote.pick(List.of(), EPISODE, AUTHOR)).isEmpty();
    }

    @Test
    void onlyAnAppointmentStillToKeepIsMarked() {
        List<SeenByNote.Candidate> done = List.of(appointment(AUTHOR, EPISODE, SEEN, NINE),
                appointment(AUTHOR, EPISODE, CANCELLED, NINE), appointment(AUTHOR, EPISODE, NO_SHOW, TEN));
        assertThat(SeenByNote.pick(done, EPISODE, AUTHOR)).isEmpty();
    }

    @Test
    void anAppointmentOfAnotherEpisodeIsNotThisVisitsButOneOfNoEpisodeMayBe() {
        SeenByNote.Candidate otherEpisode = appointment(AUTHOR, UUID.randomUUID(), BOOKED, NINE);
        SeenByNote.Candidate noEpisode = appointment(AUTHOR, null, BOOKED, TEN);
        assertThat(SeenByNote.pick(List.of(otherEpisode), EPISODE, AUTHOR)).isEmpty();
        assertThat(SeenByNote.pick(List.of(otherEpisode, noEpisode), EPISODE, AUTHOR)).contains(noEpisode.id());
    }

    @Test
    void theAuthorsOwnAppointmentComesFirstThenACheckedInOneThenTheEarliest() {
        SeenByNote.Candidate othersEarly = appointment(OTHER_PT, EPISODE, CHECKED_IN, NINE);
        SeenByNote.Candidate mineLate = appointment(AUTHOR, EPISODE, BOOKED, TEN);
        assertThat(SeenByNote.pick(List.of(othersEarly, mineLate), EPISODE, AUTHOR)).contains(mineLate.id());

        SeenByNote.Candidate bookedEarly = appointment(AUTHOR, EPISODE, BOOKED, NINE);
        SeenByNote.Candidate checkedInLate = appointment(AUTHOR, EPISODE, CHECKED_IN, TEN);
        assertThat(SeenByNote.pick(List.of(bookedEarly, checkedInLate), EPISODE, AUTHOR))
                .as("the patient who checked in is the one seen").contains(checkedInLate.id());

        SeenByNote.Candidate later = appointment(AUTHOR, EPISODE, BOOKED, TEN);
        SeenByNote.Candidate earlier = appointment(AUTHOR, EPISODE, BOOKED, NINE);
        assertThat(SeenByNote.pick(List.of(later, earlier), EPISODE, AUTHOR)).contains(earlier.id());
    }

    @Test
    void anotherTherapistsAppointmentIsMarkedWhenTheAuthorHasNone() {
        SeenByNote.Candidate covering = appointment(OTHER_PT, EPISODE, BOOKED, NINE);
        assertThat(SeenByNote.pick(List.of(covering), EPISODE, AUTHOR)).contains(covering.id());
    }
}
