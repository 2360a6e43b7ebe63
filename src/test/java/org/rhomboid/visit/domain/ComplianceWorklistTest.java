package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.billing.domain.KxThresholds;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.Certification.Method;
import org.rhomboid.visit.domain.ComplianceWorklist.Facts;
import org.rhomboid.visit.domain.ComplianceWorklist.Item;
import org.rhomboid.visit.domain.ComplianceWorklist.Kind;
import org.rhomboid.visit.domain.ComplianceWorklist.KxFacts;
import org.rhomboid.visit.domain.ComplianceWorklist.NoteFacts;
import org.rhomboid.visit.domain.ComplianceWorklist.PlanFacts;
import org.rhomboid.visit.domain.ComplianceWorklist.ProgressFacts;
import org.rhomboid.visit.domain.ComplianceWorklist.Severity;
import org.rhomboid.shared.domain.TestDates;

class ComplianceWorklistTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Instant NOW = TODAY.atTime(10, 0).atZone(ZONE).toInstant();
    private static final UUID EPISODE = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final UUID PT = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID PTA = UUID.fromString("00000000-0000-0000-0000-0000000000a2");

    private static List<Item> build(List<NoteFacts> notes, List<PlanFacts> plans, List<ProgressFacts> progress,
                                    List<KxFacts> kx) {
        return ComplianceWorklist.build(new Facts(notes, plans, progress, kx), NOW, DateWords.of(java.util.Locale.US, ZONE), KxThresholds.builtIn());
    }

    private static List<Item> notes(NoteFacts... notes) {
        return build(List.of(notes), List.of(), List.of(), List.of());
    }

    private static NoteFacts note(NoteStatus status, Duration age, UUID author) {
        return new NoteFacts(UUID.randomUUID(), EPISODE, NoteKind.DAILY_NOTE, status, NOW.minus(age), author, PT);
    }

    private static PlanFacts plan(LocalDate firstTreatment, int weeks, LocalDate signed) {
        var status = Certification.assess(new Certification.Facts(firstTreatment, weeks, Method.SIGNED_PLAN, signed,
                null, null), TODAY, TestDates.US);
        return new PlanFacts(EPISODE, PT, firstTreatment, status);
    }

    private static List<Item> plans(PlanFacts... plans) {
        return build(List.of(), List.of(plans), List.of(), List.of());
    }

    private static List<Item> progress(int daysSoFar) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < daysSoFar; i++) {
            days.add(TODAY.minusDays(2L * (daysSoFar - i)));
        }
        var schedule = ProgressReportSchedule.assess(days, List.of(), TODAY);
        return build(List.of(), List.of(), List.of(new ProgressFacts(EPISODE, PT, schedule)), List.of());
    }

    private static List<Item> kx(String allowed) {
        return build(List.of(), List.of(), List.of(),
                List.of(new KxFacts(EPISODE, PT, 2026, new BigDecimal(allowed))));
    }

    @Test
    void aDraftOlderThan24HoursIsOverdueForItsAuthor() {
        NoteFacts old = note(NoteStatus.DRAFT, Duration.ofHours(25), PTA);
        assertThat(notes(old)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.UNSIGNED_NOTE);
            assertThat(item.severity()).isEqualTo(Severity.OVERDUE);
            assertThat(item.note()).isEqualTo(old.noteId());
            assertThat(item.therapist()).isEqualTo(PTA);
            assertThat(item.episodeId()).isEqualTo(EPISODE);
            // Started yesterday 09:00, due today 09:00 (clinic time).
            assertThat(item.due()).isEqualTo(TODAY);
            assertThat(item.sentence()).contains("Daily note").contains("unsigned after 24 hours");
        });
        assertThat(notes(note(NoteStatus.DRAFT, Duration.ofHours(23), PTA))).isEmpty();
        assertThat(notes(note(NoteStatus.SIGNED, Duration.ofDays(3), PTA))).isEmpty();
    }

    @Test
    void aNoteAwaitingCosignatureGoesToTheTreatingTherapist() {
        NoteFacts waiting = note(NoteStatus.AWAITING_COSIGN, Duration.ofHours(2), PTA);
        assertThat(notes(waiting)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.AWAITING_COSIGNATURE);
            assertThat(item.therapist()).isEqualTo(PT);
            assertThat(item.severity()).isEqualTo(Severity.DUE);
            assertThat(item.sentence()).contains("co-signature");
        });
    }

    @Test
    void certificationMissingAfter30DaysAndDueInTheWeekBefore() {
        var overdue = plans(plan(TODAY.minusDays(31), 8, null));
        assertThat(overdue).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.CERTIFICATION_MISSING);
            assertThat(item.severity()).isEqualTo(Severity.OVERDUE);
            assertThat(item.due()).isEqualTo(TODAY.minusDays(1));
            assertThat(item.note()).isNull();
        });
        assertThat(plans(plan(TODAY.minusDays(30), 8, null))).singleElement()
                .satisfies(item -> assertThat(item.severity()).isEqualTo(Severity.DUE));
        assertThat(plans(plan(TODAY.minusDays(23), 8, null))).singleElement()
                .satisfies(item -> assertThat(item.due()).isEqualTo(TODAY.plusDays(7)));
        assertThat(plans(plan(TODAY.minusDays(22), 8, null))).isEmpty();
    }

    @Test
    void recertificationDueWithinSevenDaysThenOverdue() {
        // Certified for 90 days from the first treatment (a 16-week plan).
        LocalDate first = TODAY.minusDays(85);
        var due = plans(plan(first, 16, first.plusDays(3)));
        assertThat(due).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.RECERTIFICATION_DUE);
            assertThat(item.due()).isEqualTo(first.plusDays(89));
            assertThat(item.severity()).isEqualTo(Severity.DUE);
        });
        assertThat(plans(plan(TODAY.minusDays(82), 16, TODAY.minusDays(80)))).singleElement()
                .satisfies(item -> assertThat(item.kind()).isEqualTo(Kind.RECERTIFICATION_DUE));
        assertThat(plans(plan(TODAY.minusDays(81), 16, TODAY.minusDays(80)))).isEmpty();
        var overdue = plans(plan(TODAY.minusDays(90), 16, TODAY.minusDays(88)));
        assertThat(overdue).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.RECERTIFICATION_OVERDUE);
            assertThat(item.severity()).isEqualTo(Severity.OVERDUE);
            assertThat(item.sentence()).contains("recertify");
        });
    }

    @Test
    void progressReportsDueSoonRequiredAndOverdue() {
        assertThat(progress(6)).isEmpty();
        assertThat(progress(7)).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.PROGRESS_REPORT_DUE);
            assertThat(item.severity()).isEqualTo(Severity.UPCOMING);
            assertThat(item.due()).isEqualTo(TODAY);
            assertThat(item.sentence()).contains("treatment day 8 of 10");
        });
        assertThat(progress(9)).singleElement().satisfies(item -> assertThat(item.severity()).isEqualTo(Severity.DUE));
        assertThat(progress(10)).singleElement().satisfies(item -> assertThat(item.severity()).isEqualTo(Severity.OVERDUE));
    }

    @Test
    void kxApproachingFrom80PercentAndReached() {
        // 2026 threshold: $2,480; 80% = $1,984.
        assertThat(kx("1983.99")).isEmpty();
        assertThat(kx("1984")).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.KX_APPROACHING);
            assertThat(item.severity()).isEqualTo(Severity.UPCOMING);
            assertThat(item.sentence()).contains("80% of the KX threshold ($2480)");
        });
        assertThat(kx("2480")).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(Kind.KX_REACHED);
            assertThat(item.severity()).isEqualTo(Severity.DUE);
        });
        assertThat(build(List.of(), List.of(), List.of(), List.of(new KxFacts(EPISODE, PT, 1999, new BigDecimal("5000")))))
                .as("no threshold for the year").isEmpty();
    }

    @Test
    void mostUrgentFirst() {
        var items = build(
                List.of(note(NoteStatus.AWAITING_COSIGN, Duration.ofHours(1), PTA),
                        note(NoteStatus.DRAFT, Duration.ofDays(3), PT),
                        note(NoteStatus.DRAFT, Duration.ofDays(2), PTA)),
                List.of(plan(TODAY.minusDays(40), 8, null)),
                List.of(new ProgressFacts(EPISODE, PT, ProgressReportSchedule.assess(List.of(TODAY.minusDays(20),
                        TODAY.minusDays(18), TODAY.minusDays(16), TODAY.minusDays(14), TODAY.minusDays(12),
                        TODAY.minusDays(10), TODAY.minusDays(8)), List.of(), TODAY))),
                List.of(new KxFacts(EPISODE, PT, 2026, new BigDecimal("2500"))));
        assertThat(items).extracting(Item::kind).containsExactly(
                Kind.CERTIFICATION_MISSING, Kind.UNSIGNED_NOTE, Kind.UNSIGNED_NOTE,
                Kind.AWAITING_COSIGNATURE, Kind.KX_REACHED, Kind.PROGRESS_REPORT_DUE);
        assertThat(items).extracting(Item::severity).isSorted();
        // Among the overdue, the oldest due date first: certification (due 10 days ago), then the older draft.
        assertThat(items).extracting(Item::due).startsWith(TODAY.minusDays(10), TODAY.minusDays(2), TODAY.minusDays(1));
        assertThat(items.get(1).therapist()).isEqualTo(PT);
        assertThat(items.get(2).therapist()).isEqualTo(PTA);
    }

    @Test
    void authorizationsRunningOutAndEndedWithBookingsArePatientLevelItems() {
        UUID patient = UUID.randomUUID();
        List<Item> items = ComplianceWorklist.build(new Facts(List.of(), List.of(), List.of(), List.of(), 3,
                        List.of(new ComplianceWorklist.AuthorizationFacts(patient, PT, false, TODAY.plusDays(3),
                                        "Authorization A is running out."),
                                new ComplianceWorklist.AuthorizationFacts(patient, null, true, TODAY.plusDays(1),
                                        "Authorization B ended."))),
                NOW, DateWords.of(java.util.Locale.US, ZONE), KxThresholds.builtIn());

        assertThat(items).extracting(Item::kind).containsExactly(Kind.AUTHORIZATION_EXPIRED_WITH_BOOKINGS,
                Kind.AUTHORIZATION_RUNNING_OUT);
        assertThat(items).extracting(Item::severity).containsExactly(Severity.DUE, Severity.UPCOMING);
        assertThat(items).allSatisfy(i -> {
            assertThat(i.patient()).isEqualTo(patient);
            assertThat(i.episodeId()).isNull();
        });
    }
}
