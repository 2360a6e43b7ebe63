package org.rhomboid.clinic;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.rhomboid.shared.domain.DateWords;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clinic's calendar: its "today" in its own time zone, and the one way its dates are written for people
 * ({@link DateWords} with the clinic's locale and zone). Templates reach it as {@code @dates}
 * ({@code ${@dates.day(plan.startDate())}}, {@code ${@dates.moment(note.signedAt())}}); Java code that writes text
 * asks it for {@link #words()}. A patient's page (intake, measures, portal) is written the way of the clinic its link
 * belongs to ({@link ClinicScope#servedFor}). Outside any clinic (the sign-in page, a link not found) it answers with
 * the server's zone and US dates, as a clinic that has not chosen yet.
 */
@Component("dates")
public class ClinicDates {

    /** How long a clinic's settings are kept in memory; saving them here forgets them at once. */
    private static final long KEEP_MILLIS = 30_000;

    private record Kept(DateWords words, long until) {
    }

    private final ClinicRepository clinics;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId serverZone;
    private final Map<UUID, Kept> kept = new ConcurrentHashMap<>();

    ClinicDates(ClinicRepository clinics, PlatformTransactionManager transactionManager, Clock clock,
                @Value("${rhomboid.default-time-zone:}") String defaultZone) {
        this.clinics = clinics;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.clock = clock;
        this.serverZone = DateWords.zone(defaultZone).orElse(ZoneId.systemDefault());
    }

    /** The zone a clinic has until its administrator chooses one: the server's. */
    public ZoneId serverZone() {
        return serverZone;
    }

    /** How the current clinic writes dates. */
    public DateWords words() {
        return ClinicScope.current().or(ClinicScope::servedFor).map(this::words)
                .orElseGet(() -> DateWords.of(DateWords.DEFAULT_LOCALE, serverZone));
    }

    /** How the given clinic writes dates (for work done for a clinic, e.g. behind a patient's link). */
    public DateWords words(UUID clinicId) {
        long now = System.currentTimeMillis();
        Kept k = kept.get(clinicId);
        if (k == null || k.until() < now) {
            k = new Kept(read(clinicId), now + KEEP_MILLIS);
            kept.put(clinicId, k);
        }
        return k.words();
    }

    /** Forget what was kept of a clinic's calendar after its administrator changed it. */
    public void forget(UUID clinicId) {
        kept.remove(clinicId);
    }

    public ZoneId zone() {
        return words().zone();
    }

    /** The clinic's today: the date on its wall calendar now, whatever the server's zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** Now, as an instant (for rules that take the moment and the clinic's zone apart). */
    public Instant now() {
        return clock.instant();
    }

    /** Now in the clinic's zone, for moments that are stored with their offset. */
    public OffsetDateTime nowHere() {
        return OffsetDateTime.now(clock.withZone(zone()));
    }

    public String day(Object when) {
        return words().day(when);
    }

    public String monthDay(Object when) {
        return words().monthDay(when);
    }

    public String weekday(Object when) {
        return words().weekday(when);
    }

    public String moment(Object when) {
        return words().moment(when);
    }

    public String exactMoment(Object when) {
        return words().exactMoment(when);
    }

    public String time(Object when) {
        return words().time(when);
    }

    private DateWords read(UUID clinicId) {
        ClinicCalendar stored = ClinicScope.callAs(clinicId, () -> transactions.execute(s -> clinics.calendar(clinicId)))
                .orElse(null);
        if (stored == null) {
            return DateWords.of(DateWords.DEFAULT_LOCALE, serverZone);
        }
        return DateWords.of(DateWords.locale(stored.locale()).orElse(DateWords.DEFAULT_LOCALE),
                DateWords.zone(stored.timeZone()).orElse(serverZone));
    }
}
