package org.rhomboid.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class IcsCalendarsTest {

    private static final UUID APPOINTMENT = UUID.fromString("0b5c3c4e-9d54-4b1e-8f61-0d2f3c7a1e55");
    private static final Instant START = Instant.parse("2026-12-08T14:30:00Z");
    private static final Instant END = Instant.parse("2026-12-08T15:15:00Z");

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void theReminderIsOneEventAtTheAppointmentsTimesWithAStableUid() throws Exception {
        String ics = IcsCalendars.reminder(APPOINTMENT, START, END, "Harbour Physio, 12 Harbour Street",
                Instant.parse("2026-12-07T14:30:00Z"));
        assertThat(ics).contains("METHOD:PUBLISH", "DTSTART:20261208T143000Z", "DTEND:20261208T151500Z",
                "\r\n");
        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(START);
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(END);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue())
                .isEqualTo("appointment-" + APPOINTMENT + "@rhomboid");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Physical therapy appointment");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                .isEqualTo("Harbour Physio, 12 Harbour Street");
        // The same appointment always has the same UID, so a second file updates the event rather than adding one.
        assertThat(IcsCalendars.reminder(APPOINTMENT, START, END, null, Instant.now()))
                .contains("UID:appointment-" + APPOINTMENT + "@rhomboid").doesNotContain("LOCATION");
    }

    @Test
    void theFeedListsEachAppointmentByItsSummary() throws Exception {
        UUID other = UUID.randomUUID();
        String ics = IcsCalendars.feed("Harbour Physio — my appointments", List.of(
                new IcsCalendars.FeedEvent(APPOINTMENT, START, END, "Q. A. · Treatment"),
                new IcsCalendars.FeedEvent(other, END, END.plusSeconds(1800), "B. C. · Initial evaluation")),
                Instant.parse("2026-12-07T14:30:00Z"));
        Calendar calendar = parse(ics);
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .containsExactly("Q. A. · Treatment", "B. C. · Initial evaluation");
        assertThat(ics).contains("X-WR-CALNAME:Harbour Physio — my appointments");
        assertThat(IcsCalendars.feed("Empty", List.of(), Instant.now())).contains("BEGIN:VCALENDAR", "END:VCALENDAR");
    }
}
