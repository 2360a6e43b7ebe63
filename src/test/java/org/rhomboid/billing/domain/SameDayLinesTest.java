package org.rhomboid.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.domain.VisitLines.EarlierService;
import org.rhomboid.billing.domain.VisitLines.Line;
import org.rhomboid.billing.domain.VisitLines.SameDay;
import org.rhomboid.billing.domain.VisitLines.Service;
import org.rhomboid.billing.domain.VisitLines.Status;
import org.rhomboid.patient.domain.Payer;

/** NCCI edits and units across a patient's documents of one day (EVAL-BILLED, SAME-DAY-VISIT, MOD-XE). */
class SameDayLinesTest {

    private static final LocalDate DOS = LocalDate.of(2026, 11, 20);

    private static VisitLines.Result build(Payer payer, SameDay sameDay, Service... services) {
        return VisitLines.build(new VisitLines.Visit(payer, DOS, List.of("M54.6"), List.of(services), null, sameDay),
                VisitLines.Rules.builtIn());
    }

    private static Line line(VisitLines.Result result, String code) {
        return result.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void manualTherapyBesideTheDaysEvaluationNeedsItsOwnTimeBlock() {
        SameDay evaluation = new SameDay(List.of(new EarlierService("97162", 0, 1)), false);
        var together = build(Payer.MEDICARE, evaluation, new Service("97140", 15, 0, false, null),
                new Service("97110", 15, 0, false, null));
        assertThat(line(together, "97140").status()).isEqualTo(Status.DENIED);
        assertThat(line(together, "97140").reason()).contains("included in 97162").contains("billed earlier today");
        assertThat(line(together, "97110").status()).isEqualTo(Status.BILLABLE);

        var separate = build(Payer.MEDICARE, evaluation, new Service("97140", 15, 0, true, null));
        assertThat(line(separate, "97140").status()).isEqualTo(Status.BILLABLE);
        assertThat(line(separate, "97140").modifiers()).containsExactly("GP", "59");
    }

    @Test
    void aReEvaluationAfterTheDaysTreatmentWarnsThatTheClaimLeavesTheEarlierLineOut() {
        SameDay note = new SameDay(List.of(new EarlierService("97530", 15, 1)), false);
        var reEvaluation = build(Payer.MEDICARE, note, new Service("97164", 0, 0, false, null));
        assertThat(line(reEvaluation, "97164").status()).isEqualTo(Status.BILLABLE);
        assertThat(reEvaluation.warnings()).anySatisfy(w -> assertThat(w).contains("97530, billed earlier today"));
    }

    @Test
    void aSeparateSessionRepeatsACodeAsASeparateEncounter() {
        SameDay morning = new SameDay(List.of(new EarlierService("97110", 30, 2)), true);
        var afternoon = build(Payer.MEDICARE, morning, new Service("97110", 30, 0, false, null));
        assertThat(line(afternoon, "97110").modifiers()).containsExactly("GP", "XE");
        assertThat(line(afternoon, "97110").units()).isEqualTo(2);

        var commercial = build(Payer.COMMERCIAL, morning, new Service("97110", 30, 0, false, null));
        assertThat(line(commercial, "97110").modifiers()).containsExactly("GP", "59");
    }

    @Test
    void unitsCountTheWholeDaySoTwoShortSessionsDoNotBillTwice() {
        // 10 minutes in the morning billed one unit; 10 more in the afternoon: 20 minutes in the day are one unit.
        SameDay morning = new SameDay(List.of(new EarlierService("97110", 10, 1)), true);
        var afternoon = build(Payer.MEDICARE, morning, new Service("97110", 10, 0, false, null));
        assertThat(line(afternoon, "97110").units()).isZero();
        assertThat(afternoon.warnings()).anySatisfy(w -> assertThat(w).contains("units count the whole day"));

        // 10 + 15 minutes make 25: two units in the day, so the afternoon adds one.
        var more = build(Payer.MEDICARE, morning, new Service("97110", 15, 0, false, null));
        assertThat(line(more, "97110").units()).isEqualTo(1);

        // A different code: 8 minutes of 97110 earlier (1 unit) and 8 of 97112 now make 16 minutes, one unit.
        SameDay shortMorning = new SameDay(List.of(new EarlierService("97110", 8, 1)), true);
        var other = build(Payer.MEDICARE, shortMorning, new Service("97112", 8, 0, false, null));
        assertThat(line(other, "97112").units()).isZero();
    }

    @Test
    void withoutEarlierServicesNothingChanges() {
        var alone = build(Payer.MEDICARE, SameDay.NONE, new Service("97140", 15, 0, false, null));
        assertThat(line(alone, "97140").modifiers()).containsExactly("GP");
        assertThat(line(alone, "97140").units()).isEqualTo(1);
    }
}
