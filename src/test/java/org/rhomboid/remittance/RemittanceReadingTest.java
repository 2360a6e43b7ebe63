package org.rhomboid.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.remittance.domain.Adjustment;
import org.rhomboid.remittance.domain.Balance;
import org.rhomboid.remittance.domain.BilledLine;
import org.rhomboid.remittance.domain.ClaimPayment;
import org.rhomboid.remittance.domain.Matching;
import org.rhomboid.remittance.domain.ProviderAdjustment;
import org.rhomboid.remittance.domain.ReasonCodes;
import org.rhomboid.remittance.domain.Remittance;
import org.rhomboid.remittance.domain.RemittanceFileException;
import org.rhomboid.remittance.domain.RemittanceReading;
import org.rhomboid.remittance.domain.ServicePayment;

/**
 * An 835 written by hand (src/test/resources/x12/era-acme.835): a claim paid in full at the contracted rate, one
 * partly paid with a deductible (PR-1) and coinsurance (PR-2), one denied for a missing authorization (CO-197,
 * remark N54), and a PLB recovering an overpayment and paying interest.
 */
class RemittanceReadingTest {

    static String file(String name) throws IOException {
        try (InputStream in = RemittanceReadingTest.class.getResourceAsStream("/x12/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Remittance read(String x12) {
        return RemittanceReading.read(X12Segments.read(x12));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void readsThePaymentThePayerAndTheTrace() throws IOException {
        Remittance era = read(file("era-acme.835"));
        assertThat(era.payer()).isEqualTo(new Remittance.PayerName("ACME HEALTH PLAN", "ACME1"));
        assertThat(era.payment().method()).isEqualTo("ACH");
        assertThat(era.payment().amount()).isEqualByComparingTo("196.75");
        assertThat(era.payment().date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(era.payment().traceNumber()).isEqualTo("EFT20261207001");
        assertThat(era.claims()).extracting(ClaimPayment::claimId)
                .containsExactly("CLAIMA000001", "CLAIMB000002", "CLAIMC000003");
        assertThat(era.providerAdjustments()).containsExactly(
                new ProviderAdjustment("WO", "PCN9999", money("25.00")),
                new ProviderAdjustment("L6", "PCN0001", money("-1.25")));
    }

    @Test
    void readsClaimsLinesAdjustmentsAndRemarks() throws IOException {
        Remittance era = read(file("era-acme.835"));
        ClaimPayment full = era.claims().get(0);
        assertThat(full.status()).isEqualTo("1");
        assertThat(full.charged()).isEqualByComparingTo("171");
        assertThat(full.paid()).isEqualByComparingTo("120.50");
        assertThat(full.payerClaimControlNumber()).isEqualTo("PCN0001");
        assertThat(full.adjustments()).isEmpty();
        assertThat(full.services()).extracting(ServicePayment::code, ServicePayment::modifiers, ServicePayment::units)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("97110", List.of("GP"), 2),
                        org.assertj.core.groups.Tuple.tuple("97140", List.of("GP"), 1));
        assertThat(full.services().get(0).adjustments()).containsExactly(new Adjustment("CO", "45", money("34.00")));

        ClaimPayment partial = era.claims().get(1);
        assertThat(partial.patientResponsibility()).isEqualByComparingTo("75");
        // One CAS segment carries several reasons of its group: PR-1 and PR-2 on the same line.
        assertThat(partial.services().get(0).adjustments()).containsExactly(
                new Adjustment("CO", "45", money("40.00")), new Adjustment("PR", "1", money("30.00")),
                new Adjustment("PR", "2", money("18.00")));

        ClaimPayment denied = era.claims().get(2);
        assertThat(denied.denied()).isTrue();
        assertThat(denied.services().get(0).modifiers()).containsExactly("GP", "KX");
        assertThat(denied.services().get(0).adjustments()).containsExactly(new Adjustment("CO", "197", money("114.00")));
        assertThat(denied.services().get(0).remarks()).containsExactly("N54");
    }

    @Test
    void groupsAdjustmentsByWhoBearsThem() throws IOException {
        ClaimPayment partial = read(file("era-acme.835")).claims().get(1);
        assertThat(Balance.byGroup(partial)).containsExactly(Map.entry("CO", money("53.00")),
                Map.entry("PR", money("75.00")));
        assertThat(Balance.patientShare(partial)).isEqualByComparingTo(partial.patientResponsibility());
    }

    @Test
    void everyClaimAndLineBalancesAndThePaymentIsTheClaimsLessThePlb() throws IOException {
        Remittance era = read(file("era-acme.835"));
        for (ClaimPayment claim : era.claims()) {
            assertThat(claim.paid().add(Balance.adjusted(claim))).isEqualByComparingTo(claim.charged());
            for (ServicePayment line : claim.services()) {
                assertThat(line.paid().add(line.adjusted())).isEqualByComparingTo(line.charged());
            }
            BigDecimal lines = claim.services().stream().map(ServicePayment::charged)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(lines).isEqualByComparingTo(claim.charged());
        }
        assertThat(Balance.paid(era)).isEqualByComparingTo("220.50");
        assertThat(era.payment().amount()).isEqualByComparingTo("196.75");
    }

    @Test
    void aClaimThatDoesNotAddUpIsRefusedNamingItsClp() throws IOException {
        String unbalanced = file("era-acme.835").replace("CAS*CO*45*34~", "CAS*CO*45*30~");
        assertThatThrownBy(() -> read(unbalanced)).isInstanceOf(RemittanceFileException.class)
                .hasMessageContaining("Segment CLP at position 15").hasMessageContaining("CLAIMA000001");
    }

    @Test
    void aPaymentThatDoesNotMatchItsClaimsIsRefused() throws IOException {
        String wrong = file("era-acme.835").replace("BPR*I*196.75", "BPR*I*200.00");
        assertThatThrownBy(() -> read(wrong)).isInstanceOf(RemittanceFileException.class)
                .hasMessageContaining("Segment BPR at position 4");
    }

    @Test
    void malformedSegmentsAreNamedWithTheirPosition() throws IOException {
        assertThatThrownBy(() -> read(file("era-malformed.835"))).isInstanceOf(RemittanceFileException.class)
                .satisfies(e -> {
                    RemittanceFileException refused = (RemittanceFileException) e;
                    assertThat(refused.segment()).isEqualTo("CAS");
                    assertThat(refused.position()).isEqualTo(20);
                })
                .hasMessageContaining("not an amount: '3X4'");
        assertThatThrownBy(() -> read("NM1*QC*1*NOT AN X12 FILE~")).isInstanceOf(RemittanceFileException.class)
                .hasMessageContaining("Segment ISA at position 1");
        assertThatThrownBy(() -> read(file("era-acme.835").replace("ST*835*", "ST*837*")))
                .isInstanceOf(RemittanceFileException.class).hasMessageContaining("not an 835");
        assertThatThrownBy(() -> read(file("era-acme.835").replace("CAS*CO*197*114", "CAS*XX*197*114")))
                .isInstanceOf(RemittanceFileException.class).hasMessageContaining("CAS at position 42");
    }

    @Test
    void valuesLongerThanTheGuideAllowsAreRefusedNotStored() throws IOException {
        String longId = file("era-acme.835").replace("CLAIMA000001", "A".repeat(39));
        assertThatThrownBy(() -> read(longId)).isInstanceOf(RemittanceFileException.class)
                .hasMessageContaining("CLP at position 15").hasMessageContaining("longer than 38");
        String badStatus = file("era-acme.835").replace("CLP*CLAIMB000002*1*", "CLP*CLAIMB000002*X*");
        assertThatThrownBy(() -> read(badStatus)).isInstanceOf(RemittanceFileException.class)
                .hasMessageContaining("CLP at position 26");
        String huge = file("era-acme.835").replace("CAS*CO*45*34~", "CAS*CO*45*12345678901~");
        assertThatThrownBy(() -> read(huge)).isInstanceOf(RemittanceFileException.class)
                .hasMessageContaining("CAS at position 20");
    }

    @Test
    void anEnvelopeWithTheWrongSegmentCountIsRefused() throws IOException {
        String miscounted = file("era-acme.835").replaceAll("SE\\*\\d+\\*0001", "SE*5*0001");
        assertThatThrownBy(() -> read(miscounted)).isInstanceOf(RemittanceFileException.class)
                .hasMessageContaining("SE");
    }

    @Test
    void claimsMatchTheBilledLinesByCodeModifiersAndUnits() throws IOException {
        Remittance era = read(file("era-acme.835"));
        Map<String, List<BilledLine>> billed = Map.of(
                "CLAIMA000001", List.of(new BilledLine("97140", List.of("GP"), 1, money("57")),
                        new BilledLine("97110", List.of("GP"), 2, money("114"))),
                "CLAIMB000002", List.of(new BilledLine("97161", List.of("GP"), 1, money("150")),
                        new BilledLine("97110", List.of("GP"), 2, money("156"))));
        Remittance matched = Matching.match(era, billed);
        ClaimPayment full = matched.claims().get(0);
        assertThat(full.matched()).isTrue();
        assertThat(full.services()).allMatch(ServicePayment::matched);
        // The payer paid one unit of 97110 where two were billed: that line waits for the biller.
        ClaimPayment partial = matched.claims().get(1);
        assertThat(partial.matched()).isFalse();
        assertThat(partial.services()).extracting(ServicePayment::matched).containsExactly(true, false);
        // A claim ID the clinic never sent.
        assertThat(matched.claims().get(2).matched()).isFalse();
    }

    @Test
    void modifiersMatchInAnyOrderAndEachBilledLineAnswersOnce() throws IOException {
        Remittance era = read(file("era-acme.835"));
        Remittance matched = Matching.match(era, Map.of("CLAIMC000003",
                List.of(new BilledLine("97110", List.of("KX", "GP"), 2, money("114")))));
        assertThat(matched.claims().get(2).matched()).isTrue();
        Remittance twice = Matching.match(era, Map.of("CLAIMA000001",
                List.of(new BilledLine("97110", List.of("GP"), 2, money("114")))));
        assertThat(twice.claims().get(0).services()).extracting(ServicePayment::matched).containsExactly(true, false);
    }

    @Test
    void reasonAndRemarkCodesSayWhatHappenedInPlainWords() {
        ReasonCodes codes = ReasonCodes.standard();
        for (String carc : List.of("1", "2", "3", "4", "5", "16", "18", "22", "23", "27", "29", "45", "50", "96",
                "97", "109", "119", "151", "167", "170", "197", "198", "204", "234", "236", "242")) {
            assertThat(codes.reason(carc)).as("CARC " + carc).isPresent();
        }
        assertThat(codes.reason("197").orElseThrow().likelyCause()).contains("authorization");
        assertThat(codes.reason("119").orElseThrow().likelyCause()).contains("KX");
        assertThat(codes.reason("29").orElseThrow().likelyCause()).contains("Timely filing");
        assertThat(codes.reason("97").orElseThrow().likelyCause()).contains("NCCI");
        assertThat(codes.reason("18").orElseThrow().meaning()).contains("duplicate");
        for (String rarc : List.of("N54", "N115", "N386", "M15", "M80", "MA130", "N130", "N180", "N640", "N362")) {
            assertThat(codes.remark(rarc)).as("RARC " + rarc).isPresent();
        }
        assertThat(codes.reason("999")).isEmpty();
    }

    @Test
    void aFileWithSeveralTransactionsIsOnePaymentEachWithItsOwnTrace() throws IOException {
        List<Remittance> payments = RemittanceReading.readAll(X12Segments.read(file("era-several.835")));
        assertThat(payments).hasSize(2);
        assertThat(payments).extracting(r -> r.payment().traceNumber())
                .containsExactly("EFT20261214001", "CHK20261214002");
        assertThat(payments.get(0).payment().amount()).isEqualByComparingTo("12.00");
        assertThat(payments.get(0).payment().method()).isEqualTo("ACH");
        assertThat(payments.get(1).payment().amount()).isEqualByComparingTo("80.00");
        assertThat(payments.get(1).payment().method()).isEqualTo("CHK");
        // The PLB belongs to the transaction it is in.
        assertThat(payments.get(0).providerAdjustments()).containsExactly(
                new ProviderAdjustment("L6", "PCN0001", money("-2.00")));
        assertThat(payments.get(1).providerAdjustments()).isEmpty();
        // read() takes a one-payment file only, and says where the second payment starts.
        assertThatThrownBy(() -> read(file("era-several.835"))).isInstanceOf(RemittanceFileException.class)
                .hasMessageContaining("more than one payment").hasMessageStartingWith("Segment ST at position");
    }

    @Test
    void aReversalTakesBackThePaymentInNegativeAmountsAndTheCorrectionPaysAgain() throws IOException {
        Remittance payment = RemittanceReading.readAll(X12Segments.read(file("era-several.835"))).get(0);
        ClaimPayment reversal = payment.claims().get(0);
        ClaimPayment correction = payment.claims().get(1);
        assertThat(reversal.reversal()).isTrue();
        assertThat(reversal.charged()).isEqualByComparingTo("-171.00");
        assertThat(reversal.paid()).isEqualByComparingTo("-120.50");
        assertThat(reversal.services()).extracting(ServicePayment::units).containsExactly(-2, -1);
        assertThat(Balance.adjusted(reversal)).isEqualByComparingTo("-50.50");
        assertThat(correction.reversal()).isFalse();
        assertThat(correction.payerClaimControlNumber()).isEqualTo("PCN0001A");
        // What the payer paid for the claim in the end: the first payment (120.50), less the reversal, plus the
        // correction.
        assertThat(money("120.50").add(reversal.paid()).add(correction.paid())).isEqualByComparingTo("130.50");
        // The reversal's lines still match the billed lines (units by magnitude).
        Map<String, List<BilledLine>> billed = Map.of("CLAIMA000001", List.of(
                new BilledLine("97110", List.of("GP"), 2, money("114")),
                new BilledLine("97140", List.of("GP"), 1, money("57"))));
        Remittance matched = Matching.match(payment, billed);
        assertThat(matched.claims()).extracting(ClaimPayment::matched).containsExactly(true, true);
    }

    @Test
    void claimLevelRemarkCodesAreReadFromMoa() throws IOException {
        ClaimPayment bundled = RemittanceReading.readAll(X12Segments.read(file("era-several.835"))).get(1)
                .claims().get(0);
        assertThat(bundled.remarks()).containsExactly("M80");
        assertThat(bundled.services().get(1).adjustments()).containsExactly(new Adjustment("CO", "97", money("57.00")));
        assertThat(read(file("era-acme.835")).claims()).allSatisfy(c -> assertThat(c.remarks()).isEmpty());
    }
}
