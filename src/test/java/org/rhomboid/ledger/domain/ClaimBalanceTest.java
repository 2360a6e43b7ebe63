package org.rhomboid.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The balance arithmetic: payer's side, patient's side, what leaves the books, aging and applying payments. */
class ClaimBalanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final UUID PATIENT = UUID.randomUUID();

    private static BigDecimal d(String amount) {
        return new BigDecimal(amount);
    }

    private static ClaimBalance claim(String id, String charge, String paid, Map<String, String> sums, int daysAgo) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        sums.forEach((k, v) -> amounts.put(k, d(v)));
        return ClaimBalance.from(id, PATIENT, TODAY.minusDays(daysAgo), "ACME HEALTH", d(charge),
                paid == null ? null : d(paid), amounts);
    }

    @Test
    void aClaimNoPayerAnsweredIsWithThePayerForItsFullCharge() {
        ClaimBalance c = claim("A1", "110.00", null, Map.of(), 3);
        assertThat(c.remitted()).isFalse();
        assertThat(c.withPayer()).isEqualByComparingTo("110.00");
        assertThat(c.patientOwes()).isEqualByComparingTo("0");
        assertThat(c.outstanding()).isEqualByComparingTo("110.00");
    }

    @Test
    void contractualLeavesTheBooksAndPatientResponsibilityMovesToThePatient() {
        ClaimBalance c = claim("A2", "110.00", "66.00", Map.of("CO", "22.00", "PR", "22.00"), 10);
        assertThat(c.withPayer()).isEqualByComparingTo("0");
        assertThat(c.patientOwes()).isEqualByComparingTo("22.00");
        assertThat(c.adjustmentsOff()).isEqualByComparingTo("22.00");
        assertThat(c.adjustmentLines()).containsExactly("Contractual $22.00", "Patient responsibility $22.00");
    }

    @Test
    void aDenialStaysWithThePayerUntilWrittenOffOrBilledToThePatient() {
        ClaimBalance denied = claim("A3", "110.00", "0", Map.of("DENIED:CO", "110.00"), 40);
        assertThat(denied.deniedByPayer()).isTrue();
        assertThat(denied.withPayer()).isEqualByComparingTo("110.00");
        assertThat(denied.adjustmentsOff()).isEqualByComparingTo("0");
        ClaimBalance worked = claim("A3", "110.00", "0", Map.of("DENIED:CO", "110.00", "WRITE_OFF:PAYER", "60.00",
                "BILL_PATIENT", "50.00", "PATIENT_PAID", "30.00", "WRITE_OFF:PATIENT", "5.00"), 40);
        assertThat(worked.withPayer()).isEqualByComparingTo("0");
        assertThat(worked.patientOwes()).isEqualByComparingTo("15.00");
        assertThat(worked.adjustmentsOff()).isEqualByComparingTo("65.00");
    }

    @Test
    void outstandingIsChargeLessPaymentsLessAdjustmentsOffToTheCent() {
        List<ClaimBalance> claims = List.of(
                claim("B1", "110.00", "66.00", Map.of("CO", "22.00", "PR", "22.00", "PATIENT_PAID", "10.01"), 5),
                claim("B2", "58.00", "0", Map.of("PR", "58.00", "WRITE_OFF:PATIENT", "0.99"), 45),
                claim("B3", "52.33", null, Map.of("BILL_PATIENT", "12.33", "WRITE_OFF:PAYER", "40.00"), 95),
                claim("B4", "171.00", "100.00", Map.of("CO", "50.00", "OI", "1.00", "PI", "0.50", "CR", "-0.50",
                        "PR", "20.00"), 130));
        for (ClaimBalance c : claims) {
            assertThat(c.outstanding()).isEqualByComparingTo(c.charge().subtract(c.payerPaid())
                    .subtract(c.patientPaid()).subtract(c.adjustmentsOff()));
        }
        Aging aging = Aging.of(claims, Map.of(PATIENT, "Ellison, Margaret"), TODAY);
        assertThat(aging.totals().reconciles()).isTrue();
        assertThat(aging.total().total()).isEqualByComparingTo(aging.totals().outstanding());
        // 11.99 + 57.01 + 12.33 + 20.00, every claim's payer side settled
        assertThat(aging.totals().outstanding()).isEqualByComparingTo("101.33");
        assertThat(aging.byPatient()).hasSize(1);
        assertThat(aging.byPatient().get(0).buckets()).containsExactly(d("11.99"), d("57.01"), d("0.00"),
                d("12.33"), d("20.00"));
        assertThat(aging.byPayer()).isEmpty();
    }

    @Test
    void bucketsCountDaysFromTheDateOfService() {
        assertThat(AgingBucket.of(TODAY.minusDays(30), TODAY)).isEqualTo(AgingBucket.CURRENT);
        assertThat(AgingBucket.of(TODAY.minusDays(31), TODAY)).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(AgingBucket.of(TODAY.minusDays(90), TODAY)).isEqualTo(AgingBucket.DAYS_61_90);
        assertThat(AgingBucket.of(TODAY.minusDays(120), TODAY)).isEqualTo(AgingBucket.DAYS_91_120);
        assertThat(AgingBucket.of(TODAY.minusDays(121), TODAY)).isEqualTo(AgingBucket.OVER_120);
        assertThat(AgingBucket.of(TODAY.plusDays(2), TODAY)).isEqualTo(AgingBucket.CURRENT);
    }

    @Test
    void aPaymentPaysTheOldestVisitsFirstAndNeverMoreThanIsOwed() {
        List<ClaimBalance> claims = List.of(claim("N1", "100.00", "80.00", Map.of("PR", "20.00"), 5),
                claim("O1", "100.00", "70.00", Map.of("PR", "30.00"), 50));
        Allocation.Applied applied = Allocation.apply(d("35.00"), claims, null);
        assertThat(applied.problem()).isEmpty();
        assertThat(applied.toClaims()).containsExactly(Map.entry("O1", d("30.00")), Map.entry("N1", d("5.00")));
        assertThat(Allocation.apply(d("50.01"), claims, null).problem()).contains(
                "The patient owes $50.00 in all; record at most that.");
        assertThat(Allocation.apply(d("20.01"), claims, "N1").problem()).isPresent();
        assertThat(Allocation.apply(d("20.00"), claims, "N1").toClaims()).containsExactly(Map.entry("N1", d("20.00")));
        assertThat(Allocation.apply(d("1.00"), claims, "ZZ9").problem()).isPresent();
    }

    @Test
    void aCardIsOnlyEverItsLastFourDigits() {
        PaymentForm.Checked full = PaymentForm.check(Map.of("method", List.of("CARD"), "amount", List.of("25"),
                "cardLast4", List.of("4111 1111 1111 1111")), TODAY);
        assertThat(full.errors()).containsEntry("cardLast4",
                "Only the card's last four digits: never the full card number.");
        assertThat(PaymentForm.safeToShow("4111 1111 1111 1111")).isFalse();
        PaymentForm.Checked card = PaymentForm.check(Map.of("method", List.of("CARD"), "amount", List.of("$1,025.5"),
                "cardLast4", List.of("1111")), TODAY);
        assertThat(card.valid()).isTrue();
        assertThat(card.payment().amount()).isEqualByComparingTo("1025.50");
        assertThat(card.payment().receivedOn()).isEqualTo(TODAY);
        PaymentForm.Checked check = PaymentForm.check(Map.of("method", List.of("CHECK"), "amount", List.of("0"),
                "receivedOn", List.of(TODAY.plusDays(1).toString())), TODAY);
        assertThat(check.errors()).containsOnlyKeys("amount", "checkNumber", "receivedOn");
    }

    @Test
    void aWriteOffTakesAtMostWhatIsLeftOnItsSide() {
        ClaimBalance c = claim("W1", "110.00", "66.00", Map.of("CO", "22.00", "PR", "22.00"), 10);
        AdjustmentForm.Checked payer = AdjustmentForm.writeOff(Map.of("amount", List.of("1"), "reason",
                List.of("SMALL_BALANCE"), "side", List.of("PAYER")), c);
        assertThat(payer.errors()).containsEntry("amount", "Nothing is still with the payer on this claim.");
        AdjustmentForm.Checked patient = AdjustmentForm.writeOff(Map.of("amount", List.of("22"), "reason",
                List.of("HARDSHIP"), "side", List.of("PATIENT")), c);
        assertThat(patient.valid()).isTrue();
        assertThat(AdjustmentForm.writeOff(Map.of("amount", List.of("x")), c).errors())
                .containsOnlyKeys("amount", "reason", "side");
        ClaimBalance unanswered = claim("W2", "52.00", null, Map.of(), 100);
        assertThat(AdjustmentForm.billPatient(Map.of("amount", List.of("52.01")), unanswered).errors())
                .containsEntry("amount", "Only $52.00 is still with the payer on this claim.");
        assertThat(AdjustmentForm.billPatient(Map.of("amount", List.of("52")), unanswered).valid()).isTrue();
    }
}
