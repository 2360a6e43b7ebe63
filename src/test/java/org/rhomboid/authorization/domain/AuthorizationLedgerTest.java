package org.rhomboid.authorization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.shared.domain.TestDates;

class AuthorizationLedgerTest {

    private static final UUID PATIENT = UUID.randomUUID();
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static Authorization auth(String number, LocalDate start, LocalDate end, Integer visits, Integer units,
                                      String... codes) {
        return new Authorization(UUID.randomUUID(), PATIENT, number, Payer.COMMERCIAL, "Acme Health", start, end,
                visits, units, List.of(codes));
    }

    private static CountedVisit visit(LocalDate date, String... codeUnits) {
        List<CountedVisit.Line> lines = new java.util.ArrayList<>();
        for (String cu : codeUnits) {
            String[] parts = cu.split("x");
            lines.add(new CountedVisit.Line(parts[0], Integer.parseInt(parts[1])));
        }
        return new CountedVisit(UUID.randomUUID(), date, lines);
    }

    @Test
    void countsSignedVisitsWithinTheDatesAndBookingsFromToday() {
        Authorization a = auth("A-1", MAR_1, MAR_1.plusDays(60), 12, null);
        List<CountedVisit> visits = List.of(visit(MAR_1.minusDays(1), "97110x2"), visit(MAR_1, "97110x2"),
                visit(MAR_1.plusDays(3), "97140x1"));
        List<LocalDate> bookings = List.of(TODAY.minusDays(1), TODAY, TODAY.plusDays(2), MAR_1.plusDays(61));

        AuthorizationLedger.Use use = AuthorizationLedger.use(a, visits, bookings, TODAY, TestDates.US);

        assertThat(use.visitsUsed()).isEqualTo(2);
        assertThat(use.visitsBooked()).isEqualTo(2);
        assertThat(use.visitsRemaining()).isEqualTo(8);
        assertThat(use.unitsRemaining()).isNull();
        assertThat(use.status()).isEqualTo(AuthorizationLedger.Status.IN_FORCE);
        assertThat(use.isRunningOut()).isFalse();
    }

    @Test
    void listedCodesLimitWhichVisitsAndUnitsCount() {
        Authorization a = auth("A-2", MAR_1, MAR_1.plusDays(60), null, 10, "97110", "97112");
        List<CountedVisit> visits = List.of(visit(MAR_1, "97110x2", "97140x2"), visit(MAR_1.plusDays(2), "97140x3"),
                visit(MAR_1.plusDays(4), "97112x3"));

        AuthorizationLedger.Use use = AuthorizationLedger.use(a, visits, List.of(), TODAY, TestDates.US);

        assertThat(use.visitsUsed()).isEqualTo(2);
        assertThat(use.unitsUsed()).isEqualTo(5);
        assertThat(use.unitsRemaining()).isEqualTo(5);
        assertThat(use.visitsRemaining()).isNull();
    }

    @Test
    void runningOutAtTwoVisitsLeftOrTwentyPercentOrSevenDaysBeforeTheEnd() {
        List<CountedVisit> eight = java.util.stream.IntStream.range(0, 8)
                .mapToObj(i -> visit(MAR_1.plusDays(i), "97110x1")).toList();
        Authorization ten = auth("T", MAR_1, MAR_1.plusDays(90), 10, null);
        assertThat(AuthorizationLedger.use(ten, eight, List.of(), TODAY, TestDates.US).runningOut())
                .containsExactly("2 visits of 10 left after those booked");
        Authorization eleven = auth("E", MAR_1, MAR_1.plusDays(90), 11, null);
        assertThat(AuthorizationLedger.use(eleven, eight, List.of(), TODAY, TestDates.US).isRunningOut()).isFalse();
        Authorization fifty = auth("F", MAR_1, MAR_1.plusDays(90), 50, null);
        List<CountedVisit> forty = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> visit(MAR_1.plusDays(i), "97110x1")).toList();
        assertThat(AuthorizationLedger.use(fifty, forty, List.of(), TODAY, TestDates.US).isRunningOut()).isTrue();
        assertThat(AuthorizationLedger.use(fifty, forty.subList(0, 39), List.of(), TODAY, TestDates.US).isRunningOut())
                .isFalse();

        Authorization endsSoon = auth("S", MAR_1, TODAY.plusDays(AuthorizationLedger.RUNNING_OUT_DAYS), 30, null);
        assertThat(AuthorizationLedger.use(endsSoon, List.of(), List.of(), TODAY, TestDates.US).runningOut())
                .containsExactly("it ends Mar 17, 2026");
        Authorization endsLater = auth("L", MAR_1, TODAY.plusDays(AuthorizationLedger.RUNNING_OUT_DAYS + 1), 30, null);
        assertThat(AuthorizationLedger.use(endsLater, List.of(), List.of(), TODAY, TestDates.US).isRunningOut())
                .isFalse();
        Authorization ended = auth("X", MAR_1, TODAY.minusDays(1), 30, null);
        assertThat(AuthorizationLedger.use(ended, List.of(), List.of(), TODAY, TestDates.US).status())
                .isEqualTo(AuthorizationLedger.Status.ENDED);
        assertThat(AuthorizationLedger.use(ended, List.of(), List.of(), TODAY, TestDates.US).isRunningOut()).isFalse();
    }

    @Test
    void bookingsBringAnAuthorizationCloserToRunningOut() {
        Authorization a = auth("B", MAR_1, MAR_1.plusDays(90), 10, null);
        List<CountedVisit> five = java.util.stream.IntStream.range(0, 5)
                .mapToObj(i -> visit(MAR_1.plusDays(i), "97110x1")).toList();
        List<LocalDate> three = List.of(TODAY, TODAY.plusDays(2), TODAY.plusDays(4));
        AuthorizationLedger.Use use = AuthorizationLedger.use(a, five, three, TODAY, TestDates.US);
        assertThat(use.visitsRemaining()).isEqualTo(2);
        assertThat(use.isRunningOut()).isTrue();
    }

    @Test
    void yearLimitCountsTheCalendarYear() {
        VisitLimit limit = new VisitLimit(UUID.randomUUID(), PATIENT, Payer.COMMERCIAL, "Acme Health", 2026, 20);
        List<CountedVisit> visits = List.of(visit(LocalDate.of(2025, 12, 30), "97110x1"), visit(MAR_1, "97110x1"));
        AuthorizationLedger.LimitUse use = AuthorizationLedger.use(limit, visits,
                List.of(TODAY, LocalDate.of(2027, 1, 4)), TODAY);
        assertThat(use.visitsUsed()).isEqualTo(1);
        assertThat(use.visitsBooked()).isEqualTo(1);
        assertThat(use.visitsRemaining()).isEqualTo(18);
        assertThat(use.runningOut()).isFalse();
    }

    @Test
    void noFlagWithoutAnyAuthorizationOnFile() {
        assertThat(AuthorizationLedger.flag(List.of(), List.of(), List.of(), visit(TODAY, "97110x2"), TestDates.US))
                .isEmpty();
    }

    @Test
    void flagsAVisitOutsideEveryAuthorizationsDates() {
        Authorization a = auth("PA-77", MAR_1, MAR_1.plusDays(5), 10, null);
        assertThat(AuthorizationLedger.flag(List.of(a), List.of(), List.of(), visit(TODAY, "97110x2"), TestDates.US))
                .hasValue("No prior authorization on file covers Mar 10, 2026 (PA-77 runs Mar 1, 2026 to Mar 6, 2026)."
                        + " The note may still be signed; check with the payer.");
        assertThat(AuthorizationLedger.flag(List.of(a), List.of(), List.of(), visit(MAR_1.plusDays(5), "97110x2"),
                TestDates.US)).isEmpty();
    }

    @Test
    void flagsAVisitWhoseCodesNoAuthorizationCovers() {
        Authorization a = auth("PA-8", MAR_1, MAR_1.plusDays(30), 10, null, "97110");
        assertThat(AuthorizationLedger.flag(List.of(a), List.of(), List.of(), visit(TODAY, "97140x2"), TestDates.US))
                .hasValueSatisfying(f -> assertThat(f).startsWith("No prior authorization on file covers the codes"));
    }

    @Test
    void flagsAVisitBeyondTheCountAndTheUnits() {
        Authorization a = auth("PA-9", MAR_1, MAR_1.plusDays(30), 2, 5);
        List<CountedVisit> two = List.of(visit(MAR_1, "97110x2"), visit(MAR_1.plusDays(1), "97110x2"));
        assertThat(AuthorizationLedger.flag(List.of(a), List.of(), two, visit(TODAY, "97110x2"), TestDates.US))
                .hasValue("This is visit 3 under authorization PA-9, which allows 2 visits. This visit brings the units"
                        + " under authorization PA-9 to 6, beyond the 5 authorized. The note may still be signed;"
                        + " check with the payer.");
        assertThat(AuthorizationLedger.flag(List.of(a), List.of(), two.subList(0, 1), visit(TODAY, "97110x1"),
                TestDates.US)).isEmpty();
    }

    @Test
    void flagsAVisitBeyondTheYearsLimitEvenWithoutAuthorizations() {
        VisitLimit limit = new VisitLimit(UUID.randomUUID(), PATIENT, Payer.COMMERCIAL, "Acme Health", 2026, 1);
        assertThat(AuthorizationLedger.flag(List.of(), List.of(limit), List.of(visit(MAR_1, "97110x1")),
                visit(TODAY, "97110x1"), TestDates.US))
                .hasValueSatisfying(f -> assertThat(f).contains("visit 2 in 2026, beyond the 1 visit Acme Health allows"));
    }

    @Test
    void inForceIsTheLatestStartedCoveringTheDateAndCodes() {
        Authorization first = auth("OLD", MAR_1, MAR_1.plusDays(60), 10, null);
        Authorization second = auth("NEW", TODAY, TODAY.plusDays(60), 10, null);
        Authorization other = auth("CODES", TODAY, TODAY.plusDays(60), 10, null, "97530");
        assertThat(AuthorizationLedger.inForce(List.of(first, second, other), TODAY, List.of("97110")))
                .hasValue(second);
        assertThat(AuthorizationLedger.inForce(List.of(first, second), TODAY.minusDays(1), List.of("97110")))
                .hasValue(first);
        assertThat(AuthorizationLedger.inForce(List.of(first), TODAY.plusDays(70), List.of())).isEmpty();
    }

    @Test
    void bookingWarningPastTheCountOrOutsideTheDates() {
        Authorization a = auth("PA-3", MAR_1, MAR_1.plusDays(30), 3, null);
        List<CountedVisit> two = List.of(visit(MAR_1, "97110x1"), visit(MAR_1.plusDays(1), "97110x1"));
        assertThat(AuthorizationLedger.bookingWarning(List.of(a), List.of(), two, List.of(), TODAY, TODAY,
                TestDates.US)).isEmpty();
        assertThat(AuthorizationLedger.bookingWarning(List.of(a), List.of(), two, List.of(TODAY.plusDays(1)),
                TODAY.plusDays(2), TODAY, TestDates.US))
                .hasValue("Authorization PA-3 allows 3 visits: 2 signed and 1 booked already.");
        assertThat(AuthorizationLedger.bookingWarning(List.of(a), List.of(), two, List.of(),
                MAR_1.plusDays(31), TODAY, TestDates.US)).hasValueSatisfying(w -> assertThat(w).startsWith(
                "No prior authorization on file covers Apr 1, 2026"));
    }

    @Test
    void aSeriesIsJudgedDateByDateSoTheDatesPastTheCountAreNamed() {
        Authorization a = auth("PA-4", MAR_1, MAR_1.plusDays(30), 4, null);
        List<CountedVisit> two = List.of(visit(MAR_1, "97110x1"), visit(MAR_1.plusDays(1), "97110x1"));
        List<LocalDate> series = List.of(TODAY.plusDays(7), TODAY.plusDays(1), TODAY.plusDays(3), TODAY.plusDays(5),
                MAR_1.plusDays(35));
        java.util.Map<LocalDate, String> warnings = AuthorizationLedger.seriesWarnings(List.of(a), List.of(), two,
                List.of(), series, TODAY, TestDates.US);
        // Two signed: the series' first two dates fit, the third and later go past the 4 authorized.
        assertThat(warnings.keySet()).containsExactly(TODAY.plusDays(5), TODAY.plusDays(7), MAR_1.plusDays(35));
        assertThat(warnings.get(TODAY.plusDays(5))).isEqualTo("Authorization PA-4 allows 4 visits: 2 signed and 2"
                + " booked already.");
        assertThat(warnings.get(MAR_1.plusDays(35))).startsWith("No prior authorization on file covers");
        assertThat(AuthorizationLedger.seriesWarnings(List.of(), List.of(), two, List.of(), series, TODAY,
                TestDates.US)).isEmpty();
    }

    @Test
    void alertsForRunningOutAndForBookingsAfterTheLastAuthorizationEnded() {
        Authorization ended = auth("GONE", MAR_1.minusDays(30), TODAY.minusDays(1), 10, null);
        List<AuthorizationLedger.Alert> alerts = AuthorizationLedger.alerts(PATIENT, List.of(ended), List.of(),
                List.of(TODAY.plusDays(1), TODAY.plusDays(3)), TODAY, TestDates.US);
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AuthorizationLedger.AlertKind.EXPIRED_WITH_BOOKINGS);
            assertThat(alert.due()).isEqualTo(TODAY.plusDays(1));
            assertThat(alert.sentence()).contains("ended Mar 9, 2026, and 2 visits are booked from Mar 11, 2026");
        });
        Authorization soon = auth("SOON", MAR_1, TODAY.plusDays(3), 10, null);
        assertThat(AuthorizationLedger.alerts(PATIENT, List.of(soon), List.of(), List.of(), TODAY, TestDates.US))
                .singleElement().satisfies(alert -> {
                    assertThat(alert.kind()).isEqualTo(AuthorizationLedger.AlertKind.RUNNING_OUT);
                    assertThat(alert.due()).isEqualTo(TODAY.plusDays(3));
                });
        assertThat(AuthorizationLedger.alerts(PATIENT, List.of(auth("FINE", MAR_1, TODAY.plusDays(60), 20, null)),
                List.of(), List.of(TODAY.plusDays(1)), TODAY, TestDates.US)).isEmpty();
    }

    @Test
    void formReadsFieldsAndKeepsMessagesBesideThem() {
        AuthorizationForm.Checked bad = AuthorizationForm.check(Map.of("number", List.of("PA 1"),
                "payerKind", List.of("COMMERCIAL"), "payerName", List.of(""), "startDate", List.of("2026-03-10"),
                "endDate", List.of("2026-03-01"), "codes", List.of("97110, 9711")), UUID.randomUUID(), PATIENT, true);
        assertThat(bad.errors()).containsOnlyKeys("number", "payerName", "endDate", "visitsAllowed", "codes", "reason");

        AuthorizationForm.Checked good = AuthorizationForm.check(Map.of("number", List.of("PA-1"),
                "payerKind", List.of("COMMERCIAL"), "payerName", List.of("Acme"), "startDate", List.of("2026-03-01"),
                "endDate", List.of("2026-04-30"), "visitsAllowed", List.of("12"), "codes", List.of("97110 97140;97110")),
                UUID.randomUUID(), PATIENT, false);
        assertThat(good.valid()).isTrue();
        assertThat(good.authorization().codes()).containsExactly("97110", "97140");
    }
}
