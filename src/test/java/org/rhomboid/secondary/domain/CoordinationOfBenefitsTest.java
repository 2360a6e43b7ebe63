package org.rhomboid.secondary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhomboid.secondary.domain.CoordinationOfBenefits.Adjustment;
import org.rhomboid.secondary.domain.CoordinationOfBenefits.BilledLine;
import org.rhomboid.secondary.domain.CoordinationOfBenefits.PaidLine;
import org.rhomboid.secondary.domain.CoordinationOfBenefits.Primary;
import org.rhomboid.secondary.domain.CoordinationOfBenefits.Result;

class CoordinationOfBenefitsTest {

    private static final BilledLine EXERCISE = new BilledLine("97110", List.of("GP"), 2, money("120.00"));
    private static final BilledLine MANUAL = new BilledLine("97140", List.of("GP", "59"), 1, money("55.00"));

    @Test
    void fullPaymentHasNothingToAdjustAndNothingLeftForThePatient() {
        Result result = CoordinationOfBenefits.of(List.of(EXERCISE, MANUAL), new Primary(money("175.00"),
                BigDecimal.ZERO, List.of(), List.of(paid(EXERCISE, "120.00"), paid(MANUAL, "55.00"))));

        assertThat(result.problem()).isEmpty();
        assertThat(result.paid()).isEqualByComparingTo("175.00");
        assertThat(result.adjustments()).isEmpty();
        assertThat(result.remainingPatientLiability()).isNull();
        assertThat(result.lines()).extracting(CoordinationOfBenefits.Line::number).containsExactly(1, 2);
        assertThat(result.lines()).allSatisfy(line -> {
            assertThat(line.adjustments()).isEmpty();
            assertThat(line.remainingPatientLiability()).isEqualByComparingTo("0");
        });
    }

    @Test
    void partialPaymentCarriesContractualDeductibleAndCoinsurancePerLine() {
        // 97110: 120 charged, 20 contractual, 30 deductible, 14 coinsurance, 56 paid; 97140: 55 charged, 10 CO-45,
        // 9 coinsurance, 36 paid
        Result result = CoordinationOfBenefits.of(List.of(EXERCISE, MANUAL), new Primary(money("92.00"),
                money("53.00"), List.of(), List.of(
                        paid(EXERCISE, "56.00", adj("CO", "45", "20.00"), adj("PR", "1", "30.00"),
                                adj("PR", "2", "14.00")),
                        paid(MANUAL, "36.00", adj("CO", "45", "10.00"), adj("PR", "2", "9.00")))));

        assertThat(result.problem()).isEmpty();
        assertThat(result.paid()).isEqualByComparingTo("92.00");
        CoordinationOfBenefits.Line first = result.lines().get(0);
        assertThat(first.paid()).isEqualByComparingTo("56.00");
        assertThat(first.adjustments()).extracting(Adjustment::group, Adjustment::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CO", "45"),
                        org.assertj.core.groups.Tuple.tuple("PR", "1"), org.assertj.core.groups.Tuple.tuple("PR", "2"));
        assertThat(first.remainingPatientLiability()).isEqualByComparingTo("44.00");
        assertThat(result.lines().get(1).remainingPatientLiability()).isEqualByComparingTo("9.00");
        // each line: charge − paid − adjustments = 0
        for (CoordinationOfBenefits.Line line : result.lines()) {
            BigDecimal adjusted = line.adjustments().stream().map(Adjustment::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(line.billed().charge().subtract(line.paid()).subtract(adjusted)).isEqualByComparingTo("0");
        }
    }

    @Test
    void aDeniedLineIsPaidNothingAndAdjustedInFull() {
        Result result = CoordinationOfBenefits.of(List.of(EXERCISE, MANUAL), new Primary(money("96.00"),
                money("24.00"), List.of(), List.of(
                        paid(EXERCISE, "96.00", adj("PR", "2", "24.00")),
                        paid(MANUAL, "0", adj("CO", "97", "55.00")))));

        assertThat(result.problem()).isEmpty();
        CoordinationOfBenefits.Line denied = result.lines().get(1);
        assertThat(denied.paid()).isEqualByComparingTo("0");
        assertThat(denied.adjustments()).containsExactly(adj("CO", "97", "55.00"));
        assertThat(denied.remainingPatientLiability()).isEqualByComparingTo("0");
    }

    @Test
    void linesAreFoundByCodeModifiersAndUnitsWhateverTheirOrderInTheRemittance() {
        Result result = CoordinationOfBenefits.of(List.of(EXERCISE, MANUAL), new Primary(money("175.00"),
                BigDecimal.ZERO, List.of(), List.of(paid(MANUAL, "55.00"), paid(EXERCISE, "120.00"))));

        assertThat(result.lines()).extracting(l -> l.billed().code()).containsExactly("97110", "97140");
    }

    @Test
    void aLineThatDoesNotBalanceIsRefusedWithTheArithmetic() {
        Result result = CoordinationOfBenefits.of(List.of(EXERCISE), new Primary(money("80.00"), BigDecimal.ZERO,
                List.of(), List.of(paid(EXERCISE, "80.00", adj("CO", "45", "30.00")))));

        assertThat(result.problem()).contains(
                "Line 1 (97110-GP × 2) does not balance: charge 120.00 − paid 80.00 − adjustments 30.00 leaves 10.00");
    }

    @Test
    void aBilledLineMissingFromTheRemittanceIsRefused() {
        Result result = CoordinationOfBenefits.of(List.of(EXERCISE, MANUAL), new Primary(money("120.00"),
                BigDecimal.ZERO, List.of(), List.of(paid(EXERCISE, "120.00"))));

        assertThat(result.problem()).contains("The primary's remittance does not report line 2 (97140-GP-59 × 1)");
    }

    @Test
    void claimLevelAdjudicationKeepsTheAdjustmentsAndThePatientsShareAtClaimLevel() {
        Result result = CoordinationOfBenefits.of(List.of(EXERCISE, MANUAL), new Primary(money("100.00"),
                money("40.00"), List.of(adj("CO", "45", "35.00"), adj("PR", "1", "40.00"), adj("OI", "23", "0")),
                List.of()));

        assertThat(result.problem()).isEmpty();
        assertThat(result.lineLevel()).isFalse();
        assertThat(result.adjustments()).containsExactly(adj("CO", "45", "35.00"), adj("PR", "1", "40.00"));
        assertThat(result.remainingPatientLiability()).isEqualByComparingTo("40.00");
    }

    @Test
    void aClaimThatDoesNotBalanceIsRefused() {
        Result result = CoordinationOfBenefits.of(List.of(EXERCISE), new Primary(money("100.00"), BigDecimal.ZERO,
                List.of(adj("CO", "45", "10.00")), List.of()));

        assertThat(result.problem()).contains(
                "The claim does not balance: charge 120.00 − paid 100.00 − adjustments 10.00 leaves 10.00");
    }

    private static PaidLine paid(BilledLine line, String paid, Adjustment... adjustments) {
        return new PaidLine(line.code(), line.modifiers(), line.units(), line.charge(), money(paid),
                List.of(adjustments));
    }

    private static Adjustment adj(String group, String reason, String amount) {
        return new Adjustment(group, reason, money(amount));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
