package org.rhomboid.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.link.PublicLinks;
import org.rhomboid.mail.domain.AppointmentKind;
import org.rhomboid.mail.domain.Initials;
import org.rhomboid.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A therapist's private calendar feed: a 256-bit token in the URL (only its SHA-256 stored), revocable and
 * renewable, that Google Calendar, Outlook or a phone subscribes to. It lists the therapist's appointments from
 * 30 days back to 180 ahead, each as the patient's initials and the appointment's type — no names, nothing
 * clinical. Every fetch is audited with the patients it showed (by id), without content.
 */
@Service
public class CalendarFeeds {

    static final Duration BACK = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(180);
    static final String RESOURCE = "Calendar feed";

    /** The therapist's live feed, as the account page shows it (never the token: shown once, when issued). */
    public record Status(Instant createdAt, Instant lastFetchedAt) {
    }

    private final CalendarFeedRepository feeds;
    private final AppointmentReads appointments;
    private final ClinicRepository clinics;
    private final ClinicDates dates;
    private final PublicLinks links;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    CalendarFeeds(CalendarFeedRepository feeds, AppointmentReads appointments, ClinicRepository clinics,
                  ClinicDates dates, PublicLinks links, AuditLog audit, PlatformTransactionManager transactionManager) {
        this.feeds = feeds;
        this.appointments = appointments;
        this.clinics = clinics;
        this.dates = dates;
        this.links = links;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Transactional(readOnly = true)
    public Optional<Status> status() {
        return feeds.liveOf(ClinicScope.require(), StaffPrincipal.currentUserId())
                .map(f -> new Status(f.createdAt(), f.lastFetchedAt()));
    }

    /** A new feed for the signed-in therapist, replacing (revoking) any earlier one; its address, shown once. */
    @Transactional
    public String issue() {
        UUID clinic = ClinicScope.require();
        UUID me = StaffPrincipal.currentUserId();
        boolean renewed = feeds.revoke(clinic, me);
        String token = SecretTokens.generate("cal_");
        UUID id = UUID.randomUUID();
        feeds.issue(clinic, id, me, SecretTokens.hash(token));
        audit.recordEvent(AuditAction.TOKEN_ISSUED, RESOURCE, id, renewed ? "renewed" : "created",
                AuditOutcome.SUCCESS);
        return url(token);
    }

    @Transactional
    public boolean revoke() {
        UUID clinic = ClinicScope.require();
        boolean revoked = feeds.revoke(clinic, StaffPrincipal.currentUserId());
        if (revoked) {
            audit.recordEvent(AuditAction.TOKEN_REVOKED, RESOURCE, null, "revoked", AuditOutcome.SUCCESS);
        }
        return revoked;
    }

    /** The feed's iCalendar text; empty for an unknown, revoked or renewed token (all alike from outside). */
    public Optional<String> feed(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return transactions.execute(status -> feeds.link(SecretTokens.hash(token))).flatMap(link ->
                ClinicScope.callAs(link.clinicId(), () -> transactions.execute(status ->
                        feeds.live(link.clinicId(), link.feedId()).map(feed -> write(link.clinicId(), feed)))));
    }

    private String write(UUID clinic, CalendarFeedRepository.Feed feed) {
        Instant now = dates.now();
        List<AppointmentReads.FeedRow> rows = appointments.ofTherapist(clinic, feed.therapistId(), now.minus(BACK),
                now.plus(AHEAD));
        feeds.fetched(clinic, feed.id());
        audit.recordShown(AuditAction.READ, RESOURCE, rows.stream().map(AppointmentReads.FeedRow::patientId)
                .distinct().toList(), "calendar feed fetched: " + rows.size() + " appointments");
        String name = clinics.name(clinic).map(n -> n + " — my appointments").orElse("My appointments");
        return IcsCalendars.feed(name, rows.stream().map(r -> new IcsCalendars.FeedEvent(r.id(), r.startsAt(),
                r.endsAt(), AppointmentKind.feedSummary(Initials.of(r.givenName(), r.familyName()), r.type())))
                .toList(), now);
    }

    private String url(String token) {
        return links.address().to("/calendar/" + token + ".ics");
    }
}
