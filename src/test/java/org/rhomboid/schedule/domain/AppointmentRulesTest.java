package org.rhomboid.schedule.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.schedule.domain.AppointmentStatus.BOOKED;
import static org.rhomboid.schedule.domain.AppointmentStatus.CANCELLED;
import static org.rhomboid.schedule.domain.AppointmentStatus.CHECKED_IN;
import static org.rhomboid.schedule.domain.AppointmentStatus.NO_SHOW;
import static org.rhomboid.schedule.domain.AppointmentStatus.SEEN;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppointmentRulesTest {

    private static final UUID ANA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();
    private static final Instant NINE = Instant.parse("2026-12-14T14:00:00Z");

    private static Slot slot(UUID therapist, Instant start, int minutes, AppointmentStatus status) {
        return new Slot(UUID.randomUUID(), therapist, UUID.randomUUID(), start, start.plusSeconds(60L * minutes), status);
    }

    @Test
    void transitionsFollowTheDay() {
        assertThat(BOOKED.mayBecome(CHECKED_IN)).isTrue();
        assertThat(CHECKED_IN.mayBecome(SEEN)).isTrue();
        assertThat(BOOKED.mayBecome(CANCELLED)).isTrue();
        assertThat(CHECKED_IN.mayBecome(NO_SHOW)).isTrue();
        assertThat(BOOKED.mayBecome(SEEN)).as("seen only after check-in").isFalse();
        assertThat(SEEN.next()).as("seen is final").isEmpty();
        for (AppointmentStatus undone : List.of(CANCELLED, NO_SHOW)) {
            assertThat(undone.next()).as(undone + " may only be reopened").containsExactly(BOOKED);
            assertThat(undone.reopenedBy(BOOKED)).isTrue();
        }
        assertThat(CHECKED_IN.reopenedBy(BOOKED)).isFalse();
        assertThat(SEEN.reopenedBy(BOOKED)).isFalse();
        assertThat(CANCELLED.holdsTime()).isFalse();
        assertThat(CHECKED_IN.holdsTime()).isTrue();
    }

    @Test
    void aCancellationNeedsWhoAndWhy() {
        StatusChange.Read missing = StatusChange.read(Map.of("status", List.of("CANCELLED")));
        assertThat(missing.errors()).containsOnlyKeys("cancelledBy", "reason");
        StatusChange.Read ok = StatusChange.read(Map.of("status", List.of("CANCELLED"), "cancelledBy",
                List.of("PATIENT"), "reason", List.of(" Car broke down ")));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.change()).isEqualTo(new StatusChange(CANCELLED, CancelledBy.PATIENT, "Car broke down"));
        assertThat(ok.change().refusedFrom(SEEN)).isPresent();
        assertThat(ok.change().refusedFrom(BOOKED)).isEmpty();
        assertThat(StatusChange.read(Map.of("status", List.of("SEEN"))).errors()).containsOnlyKeys("status");
        assertThat(StatusChange.read(Map.of()).errors()).containsOnlyKeys("status");
        assertThat(StatusChange.read(Map.of("status", List.of("CHECKED_IN"), "cancelledBy", List.of("PATIENT")))
                .change().cancelledBy()).as("only a cancellation says who").isNull();
    }

    @Test
    void aMistakenCancellationOrNoShowIsReopenedWithAReason() {
        StatusChange.Read missing = StatusChange.read(Map.of("status", List.of("BOOKED")));
        assertThat(missing.errors()).containsOnlyKeys("reason");
        StatusChange.Read ok = StatusChange.read(Map.of("status", List.of("BOOKED"), "reason",
                List.of(" Marked no-show on the wrong patient "), "cancelledBy", List.of("PATIENT")));
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.change()).isEqualTo(new StatusChange(BOOKED, null, "Marked no-show on the wrong patient"));
        assertThat(ok.change().refusedFrom(CANCELLED)).isEmpty();
        assertThat(ok.change().refusedFrom(NO_SHOW)).isEmpty();
        assertThat(ok.change().refusedFrom(SEEN)).hasValueSatisfying(why -> assertThat(why)
                .startsWith("Only a cancelled or no-show appointment can be reopened").contains("seen"));
        assertThat(ok.change().refusedFrom(BOOKED)).isPresent();
        assertThat(ok.change().refusedFrom(CHECKED_IN)).isPresent();
    }

    @Test
    void ratesPerTherapistCountEachTherapistsOwnAppointmentsWhoseTimeHasCome() {
        Instant now = NINE.plusSeconds(86_400 * 7);
        List<Slot> period = List.of(slot(ANA, NINE, 45, CANCELLED), slot(ANA, NINE.plusSeconds(3600), 45, SEEN),
                slot(ANA, NINE.plusSeconds(7200), 45, NO_SHOW), slot(ANA, NINE.plusSeconds(10_800), 45, BOOKED),
                slot(BEN, NINE, 45, SEEN), slot(BEN, now.plusSeconds(3600), 45, CANCELLED));
        Map<UUID, AttendanceRates> rates = AttendanceRates.byTherapist(period, now);
        assertThat(rates.get(ANA)).isEqualTo(new AttendanceRates(4, 1, 1));
        assertThat(AttendanceRates.percent(rates.get(ANA).cancellationRate(), 4)).isEqualTo("25%");
        assertThat(rates.get(BEN)).as("a cancellation ahead counts once its time has come")
                .isEqualTo(new AttendanceRates(1, 0, 0));
        assertThat(rates).doesNotContainKey(UUID.randomUUID());
        assertThat(AttendanceRates.byTherapist(List.of(), now)).isEmpty();
        assertThat(AttendanceRates.percent(AttendanceRates.NONE.noShowRate(), AttendanceRates.NONE.counted()))
                .isEqualTo("–");
    }

    @Test
    void conflictsAreTheSameTherapistsLiveOverlappingAppointments() {
        Slot held = slot(ANA, NINE, 45, BOOKED);
        Slot cancelled = slot(ANA, NINE, 45, CANCELLED);
        Slot other = slot(BEN, NINE, 45, BOOKED);
        Slot before = slot(ANA, NINE.minusSeconds(3600), 60, CHECKED_IN);
        List<Slot> day = List.of(held, cancelled, other, before);
        assertThat(Conflicts.with(day, ANA, NINE.plusSeconds(1800), NINE.plusSeconds(5400), null)).containsExactly(held);
        assertThat(Conflicts.first(day, ANA, NINE.minusSeconds(1800), NINE.plusSeconds(600))).contains(before);
        assertThat(Conflicts.first(day, ANA, NINE.plusSeconds(45 * 60), NINE.plusSeconds(90 * 60)))
                .as("back to back is no conflict").isEmpty();
        assertThat(Conflicts.with(day, ANA, NINE, NINE.plusSeconds(600), held.id())).isEmpty();
    }

    @Test
    void ratesCountOnlyAppointmentsWhoseTimeHasCome() {
        Instant now = NINE.plusSeconds(86400 * 10);
        List<Slot> patient = List.of(slot(ANA, NINE, 45, SEEN), slot(ANA, NINE.plusSeconds(86400), 45, CANCELLED),
                slot(ANA, NINE.plusSeconds(86400 * 2), 45, NO_SHOW), slot(ANA, NINE.plusSeconds(86400 * 3), 45, SEEN),
                slot(ANA, now.plusSeconds(86400), 45, CANCELLED));
        AttendanceRates rates = AttendanceRates.of(patient, now);
        assertThat(rates.counted()).isEqualTo(4);
        assertThat(rates.cancellationRate()).isEqualTo(0.25);
        assertThat(rates.noShowRate()).isEqualTo(0.25);
        assertThat(AttendanceRates.percent(rates.noShowRate(), rates.counted())).isEqualTo("25%");
        assertThat(AttendanceRates.of(List.of(), now).cancellationRate()).isZero();
    }

    @Test
    void openingHoursPerWeekday() {
        OpeningHours hours = new OpeningHours(Map.of(DayOfWeek.MONDAY,
                new OpeningHours.Hours(LocalTime.of(8, 0), LocalTime.of(17, 0))));
        LocalDateTime monday = LocalDate.of(2026, 12, 14).atTime(16, 15);
        assertThat(hours.open(monday, 45)).isTrue();
        assertThat(hours.open(monday, 60)).isFalse();
        assertThat(hours.open(monday.plusDays(1), 30)).as("Tuesday is closed").isFalse();
        assertThat(hours.span().opens()).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void theClinicsLengthsOverrideTheBuiltInOnes() {
        TypeLengths lengths = new TypeLengths(Map.of(AppointmentType.TREATMENT, 30));
        assertThat(lengths.minutes(AppointmentType.TREATMENT)).isEqualTo(30);
        assertThat(lengths.minutes(AppointmentType.INITIAL_EVALUATION)).isEqualTo(60);
    }

    @Test
    void aBookingFormKeepsEachProblemBesideItsField() {
        ZoneId zone = ZoneId.of("America/New_York");
        LocalDate today = LocalDate.of(2026, 12, 7);
        BookingForm.Read empty = BookingForm.booking(Map.of(), zone, TypeLengths.BUILT_IN, today);
        assertThat(empty.errors()).containsKeys("patientId", "therapistId", "type", "start");
        BookingForm.Read page = BookingForm.booking(Map.of("patientId", List.of(ANA.toString()),
                "therapistId", List.of(BEN.toString()), "type", List.of("TREATMENT"), "date", List.of("2026-12-14"),
                "time", List.of("25:00"), "minutes", List.of("")), zone, TypeLengths.BUILT_IN, today);
        assertThat(page.errors()).containsOnlyKeys("time");
        BookingForm.Read api = BookingForm.booking(Map.of("patientId", List.of(ANA.toString()),
                "therapistId", List.of(BEN.toString()), "type", List.of("INITIAL_EVALUATION"),
                "start", List.of("2026-12-14T09:00:00-05:00")), zone, TypeLengths.BUILT_IN, today);
        assertThat(api.valid()).isTrue();
        assertThat(api.booking().minutes()).as("the type's default").isEqualTo(60);
        assertThat(api.booking().start().toInstant()).isEqualTo(NINE);
        assertThat(BookingForm.booking(Map.of("patientId", List.of(ANA.toString()), "therapistId",
                List.of(BEN.toString()), "type", List.of("TREATMENT"), "start", List.of("2026-12-14T09:00:00-05:00"),
                "minutes", List.of("600")), zone, TypeLengths.BUILT_IN, today).errors()).containsOnlyKeys("minutes");
    }

    @Test
    void aSeriesFormNeedsWeekdaysAndAnEndWithin366Days() {
        ZoneId zone = ZoneId.of("America/New_York");
        LocalDate today = LocalDate.of(2026, 12, 7);
        Map<String, List<String>> base = Map.of("patientId", List.of(ANA.toString()), "therapistId",
                List.of(BEN.toString()), "type", List.of("TREATMENT"), "start", List.of("2026-12-14T09:00:00-05:00"),
                "weekdays", List.of("MON", "THU"), "until", List.of("2027-01-22"));
        BookingForm.Read ok = BookingForm.series(base, zone, TypeLengths.BUILT_IN, today);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.recurrence().dates()).hasSize(12);
        Map<String, List<String>> bad = new java.util.HashMap<>(base);
        bad.put("weekdays", List.of("MON", "XYZ"));
        bad.put("until", List.of("2026-12-01"));
        assertThat(BookingForm.series(bad, zone, TypeLengths.BUILT_IN, today).errors()).containsOnlyKeys("weekdays", "until");
    }
}
