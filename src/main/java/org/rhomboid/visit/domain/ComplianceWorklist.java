package org.rhomboid.visit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.rhomboid.billing.domain.KxThresholds;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.Plural;

/**
 * A clinic's documentation to-do list, most urgent first: drafts left unsigned (WORKLIST-UNSIGNED), assistants'
 * notes awaiting co-signature (PTA-COSIGN), plans not certified within 30 days of the first treatment (POC-CERT),
 * recertifications coming up or overdue (POC-CERT, WORKLIST-RECERT), progress reports due (PR-10-DAYS) and
 * Medicare KX thresholds approaching or reached (KX-THRESHOLD, WORKLIST-KX), and prior authorizations running out
 * or ended with visits still booked (PRIOR-AUTH; the authorization feature judges them). It works on plain facts the
 * feature's services gather, and is given the time: it never reads the clock.
 */
public final class ComplianceWorklist {

    /** A draft should be signed within a day of being started. Product decision (WORKLIST-UNSIGNED). */
    public static final Duration SIGN_WITHIN = Duration.ofHours(24);
    /** Certification and recertification show as due this many days ahead. Product decision (WORKLIST-RECERT). */
    public static final int DUE_WITHIN_DAYS = 7;
    /** KX shows as approaching from this share of the year's threshold. Product decision (WORKLIST-KX). */
    public static final BigDecimal KX_APPROACHING_SHARE = new BigDecimal("0.80");

    public enum Kind {
        LATE_ENTRY, UNSIGNED_NOTE, AWAITING_COSIGNATURE, CERTIFICATION_MISSING, RECERTIFICATION_OVERDUE, RECERTIFICATION_DUE,
        PROGRESS_REPORT_DUE, KX_REACHED, KX_APPROACHING, AUTHORIZATION_EXPIRED_WITH_BOOKINGS, AUTHORIZATION_RUNNING_OUT
    }

    /** Most urgent first. */
    public enum Severity { OVERDUE, DUE, UPCOMING }

    /**
     * @param treatingTherapist the episode's physical therapist, who co-signs an assistant's note
     * @param visitDate         the visit the draft documents (a draft past the clinic's days becomes a late entry)
     */
    public record NoteFacts(UUID noteId, UUID episodeId, NoteKind kind, NoteStatus status, Instant createdAt,
                            UUID author, UUID treatingTherapist, LocalDate visitDate) {
        public NoteFacts(UUID noteId, UUID episodeId, NoteKind kind, NoteStatus status, Instant createdAt, UUID author,
                         UUID treatingTherapist) {
            this(noteId, episodeId, kind, status, createdAt, author, treatingTherapist, null);
        }
    }

    /**
     * An open episode's plan of care and the certification that needs attention: the first period not certified,
     * or else the latest (CertificationTimeline).
     *
     * @param recertification whether that period is a recertification rather than the initial certification
     */
    public record PlanFacts(UUID episodeId, UUID therapist, LocalDate firstTreatment, Certification.Status certification,
                            boolean recertification, LocalDate periodStart) {
        public PlanFacts(UUID episodeId, UUID therapist, LocalDate firstTreatment, Certification.Status certification) {
            this(episodeId, therapist, firstTreatment, certification, false, firstTreatment);
        }
    }

    /** An open episode's progress-report schedule assessed for its next visit. */
    public record ProgressFacts(UUID episodeId, UUID therapist, ProgressReportSchedule.Result schedule) {}

    /** A Medicare patient's allowed amount so far this year (PT and SLP together). */
    public record KxFacts(UUID episodeId, UUID therapist, int year, BigDecimal yearToDateAllowed) {}

    /**
     * A patient's prior authorization that needs attention, as the authorization feature judged it.
     *
     * @param expiredWithBookings visits are booked after the last authorization ended (else: running out)
     * @param therapist           the therapist of the patient's episode in care, or null
     */
    public record AuthorizationFacts(UUID patientId, UUID therapist, boolean expiredWithBookings, LocalDate due,
                                     String sentence) {}

    /** @param lateEntryDays the clinic's policy: a note signed more than this many days after its visit is late */
    public record Facts(List<NoteFacts> notes, List<PlanFacts> plans, List<ProgressFacts> progress, List<KxFacts> kx,
                        int lateEntryDays, List<AuthorizationFacts> authorizations) {
        public Facts(List<NoteFacts> notes, List<PlanFacts> plans, List<ProgressFacts> progress, List<KxFacts> kx,
                     int lateEntryDays) {
            this(notes, plans, progress, kx, lateEntryDays, List.of());
        }

        public Facts(List<NoteFacts> notes, List<PlanFacts> plans, List<ProgressFacts> progress, List<KxFacts> kx) {
            this(notes, plans, progress, kx, LateEntry.DEFAULT_DAYS);
        }
    }

    /**
     * @param episodeId the episode concerned, or null for a patient-level item (an authorization)
     * @param note      the note concerned, or null for an episode-level item
     * @param patient   the patient of a patient-level item, or null
     */
    public record Item(Kind kind, UUID episodeId, UUID note, UUID therapist, LocalDate due, Severity severity,
                       String sentence, UUID patient) {
        public Item(Kind kind, UUID episodeId, UUID note, UUID therapist, LocalDate due, Severity severity,
                    String sentence) {
            this(kind, episodeId, note, therapist, due, severity, sentence, null);
        }
    }

    private static final Comparator<Item> URGENCY = Comparator.comparing(Item::severity)
            .thenComparing(Item::due).thenComparing(Item::kind)
            .thenComparing(i -> i.episodeId() == null ? "" : i.episodeId().toString())
            .thenComparing(i -> i.patient() == null ? "" : i.patient().toString())
            .thenComparing(i -> i.note() == null ? "" : i.note().toString());

    private ComplianceWorklist() {
    }

    /** @param words the clinic's way of writing dates, and its time zone (which day "today" is) */
    public static List<Item> build(Facts facts, Instant now, DateWords words, KxThresholds thresholds) {
        ZoneId clinicZone = words.zone();
        LocalDate today = now.atZone(clinicZone).toLocalDate();
        List<Item> items = new ArrayList<>();
        for (NoteFacts n : facts.notes()) {
            notes(n, now, words, today, facts.lateEntryDays(), items);
        }
        for (PlanFacts p : facts.plans()) {
            plan(p, today, words, items);
        }
        for (ProgressFacts p : facts.progress()) {
            progress(p, words, items);
        }
        for (KxFacts k : facts.kx()) {
            kx(k, today, thresholds, items);
        }
        for (AuthorizationFacts a : facts.authorizations()) {
            // Visits booked with no authorization behind them are due now; one running out is coming up.
            items.add(new Item(a.expiredWithBookings() ? Kind.AUTHORIZATION_EXPIRED_WITH_BOOKINGS
                    : Kind.AUTHORIZATION_RUNNING_OUT, null, null, a.therapist(), a.due(),
                    a.expiredWithBookings() ? Severity.DUE : Severity.UPCOMING, a.sentence(), a.patientId()));
        }
        items.sort(URGENCY);
        return List.copyOf(items);
    }

    private static void notes(NoteFacts n, Instant now, DateWords words, LocalDate today, int lateEntryDays,
                              List<Item> items) {
        ZoneId zone = words.zone();
        String what = n.kind().label() + " started " + words.day(n.createdAt());
        if (n.status() == NoteStatus.DRAFT && n.visitDate() != null
                && LateEntry.lateIfSignedOn(n.visitDate(), today, lateEntryDays)) {
            items.add(new Item(Kind.LATE_ENTRY, n.episodeId(), n.noteId(), n.author(),
                    n.visitDate().plusDays(lateEntryDays), Severity.OVERDUE, n.kind().label() + " for the visit of "
                    + words.day(n.visitDate()) + " is still unsigned more than " + Plural.of(lateEntryDays, "day")
                    + " later: sign it now;"
                    + " it will be marked as a late entry."));
            return;
        }
        if (n.status() == NoteStatus.DRAFT) {
            Instant deadline = n.createdAt().plus(SIGN_WITHIN);
            if (now.isAfter(deadline)) {
                items.add(new Item(Kind.UNSIGNED_NOTE, n.episodeId(), n.noteId(), n.author(),
                        deadline.atZone(zone).toLocalDate(), Severity.OVERDUE,
                        what + " is still unsigned after 24 hours: finish and sign it."));
            }
        } else if (n.status() == NoteStatus.AWAITING_COSIGN) {
            items.add(new Item(Kind.AWAITING_COSIGNATURE, n.episodeId(), n.noteId(), n.treatingTherapist(), today,
                    Severity.DUE, what + " was signed by the assistant and awaits a physical therapist's co-signature."));
        }
    }

    private static void plan(PlanFacts p, LocalDate today, DateWords words, List<Item> items) {
        Certification.Status c = p.certification();
        if (!c.certified() && p.recertification()) {
            Severity severity = today.isAfter(c.certifyBy()) ? Severity.OVERDUE : Severity.DUE;
            if (severity == Severity.OVERDUE || !today.isBefore(c.certifyBy().minusDays(DUE_WITHIN_DAYS))) {
                items.add(new Item(Kind.RECERTIFICATION_DUE, p.episodeId(), null, p.therapist(), c.certifyBy(),
                        severity, "The recertified plan (from " + words.day(p.periodStart()) + ") awaits the practitioner’s"
                        + " signature, due " + words.day(c.certifyBy()) + ": record it when it comes back."));
            }
            return;
        }
        if (!c.certified()) {
            if (today.isAfter(c.certifyBy())) {
                items.add(new Item(Kind.CERTIFICATION_MISSING, p.episodeId(), null, p.therapist(), c.certifyBy(),
                        Severity.OVERDUE, "The plan of care (first treatment " + words.day(p.firstTreatment()) + ") is not certified "
                        + "after " + Plural.of(Certification.CERTIFY_WITHIN_DAYS, "day") + " (due " + words.day(c.certifyBy())
                        + "): obtain the signature and document the reason for the delay."));
            } else if (!today.isBefore(c.certifyBy().minusDays(DUE_WITHIN_DAYS))) {
                items.add(new Item(Kind.CERTIFICATION_MISSING, p.episodeId(), null, p.therapist(), c.certifyBy(),
                        Severity.DUE, "The plan of care (first treatment " + words.day(p.firstTreatment())
                        + ") must be certified by " + words.day(c.certifyBy()) + "."));
            }
            return;
        }
        LocalDate through = c.certifiedThrough();
        if (today.isAfter(through)) {
            items.add(new Item(Kind.RECERTIFICATION_OVERDUE, p.episodeId(), null, p.therapist(), through.plusDays(1),
                    Severity.OVERDUE, "Certification ran out after " + words.day(through)
                    + ": recertify the plan of care, or discharge, before the next visit."));
        } else if (!today.isBefore(through.minusDays(DUE_WITHIN_DAYS))) {
            items.add(new Item(Kind.RECERTIFICATION_DUE, p.episodeId(), null, p.therapist(), through,
                    Severity.DUE, "Certification runs through " + words.day(through) + ": recertify the plan of care by then if "
                    + "treatment continues."));
        }
    }

    private static void progress(ProgressFacts p, DateWords words, List<Item> items) {
        ProgressReportSchedule.Result s = p.schedule();
        if (s.status() == ProgressReportSchedule.Status.OK) {
            return;
        }
        Severity severity = s.status() == ProgressReportSchedule.Status.DUE_SOON ? Severity.UPCOMING
                : s.treatmentDay() > ProgressReportSchedule.TREATMENT_DAYS_PER_REPORT ? Severity.OVERDUE : Severity.DUE;
        String sentence = s.status() == ProgressReportSchedule.Status.DUE_SOON
                ? "The next visit is treatment day " + s.treatmentDay() + " of "
                  + ProgressReportSchedule.TREATMENT_DAYS_PER_REPORT + " since " + words.day(s.periodStart())
                  + ": plan the progress report."
                : "The next visit is treatment day " + s.treatmentDay() + " since " + words.day(s.periodStart())
                  + ": the progress report is required before (or with) that visit's note.";
        items.add(new Item(Kind.PROGRESS_REPORT_DUE, p.episodeId(), null, p.therapist(), s.date(), severity, sentence));
    }

    private static void kx(KxFacts k, LocalDate today, KxThresholds thresholds, List<Item> items) {
        BigDecimal threshold = thresholds.forYear(k.year()).orElse(null);
        if (threshold == null || k.yearToDateAllowed() == null) {
            return;
        }
        BigDecimal used = k.yearToDateAllowed();
        if (used.compareTo(threshold) >= 0) {
            items.add(new Item(Kind.KX_REACHED, k.episodeId(), null, k.therapist(), today, Severity.DUE,
                    "$" + used + " allowed in " + k.year() + " has reached the KX threshold ($" + threshold
                    + "): further lines carry KX, so document why continued therapy is medically necessary."));
        } else if (used.compareTo(threshold.multiply(KX_APPROACHING_SHARE)) >= 0) {
            int percent = used.multiply(BigDecimal.valueOf(100)).divide(threshold, 0, RoundingMode.DOWN).intValue();
            items.add(new Item(Kind.KX_APPROACHING, k.episodeId(), null, k.therapist(), today, Severity.UPCOMING,
                    "$" + used + " allowed in " + k.year() + " is " + percent + "% of the KX threshold ($" + threshold
                    + "): document medical necessity ahead of it."));
        }
    }
}
