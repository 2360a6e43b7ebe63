package org.rhomboid.mail;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.rhomboid.mail.domain.MailWording;

/**
 * iCalendar (RFC 5545) files with ical4j: the reminder's attachment (one event) and a therapist's feed. Times are
 * written in UTC (DTSTART:20261207T150000Z), which every calendar shows in its own zone; the UID is the
 * appointment's own, so a reminder's event and the feed's are the same event and a later file updates it.
 */
final class IcsCalendars {

    static final String PRODUCT = "-//Rhomboid//Appointments//EN";

    /** One appointment in a therapist's feed: what it shows is the summary (initials and type), never a name. */
    record FeedEvent(UUID appointmentId, Instant startsAt, Instant endsAt, String summary) {
    }

    private IcsCalendars() {
    }

    static String uid(UUID appointmentId) {
        return "appointment-" + appointmentId + "@rhomboid";
    }

    /** The reminder's attachment: METHOD:PUBLISH, "Physical therapy appointment" at the clinic. */
    static String reminder(UUID appointmentId, Instant startsAt, Instant endsAt, String location, Instant now) {
        VEvent event = new VEvent(startsAt, endsAt, MailWording.APPOINTMENT);
        event.replace(new DtStamp(now));
        event.add(new Uid(uid(appointmentId)));
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        return write(calendar().add(event));
    }

    /** A therapist's subscribed calendar. */
    static String feed(String name, List<FeedEvent> events, Instant now) {
        Calendar calendar = calendar();
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        for (FeedEvent e : events) {
            VEvent event = new VEvent(e.startsAt(), e.endsAt(), e.summary());
            event.replace(new DtStamp(now));
            event.add(new Uid(uid(e.appointmentId())));
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        return write(calendar);
    }

    private static Calendar calendar() {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        return calendar;
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException impossible) {
            throw new IllegalStateException("Writing to a string failed", impossible);
        }
        return out.toString();
    }
}
