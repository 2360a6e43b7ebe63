package org.rhomboid.billing.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rhomboid.billing.claim.ClaimFixtures.clinic;
import static org.rhomboid.billing.claim.ClaimFixtures.interchange;
import static org.rhomboid.billing.claim.ClaimFixtures.line;
import static org.rhomboid.billing.claim.ClaimFixtures.subscriber;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim to the secondary payer carrying the primary's adjudication (005010X222A1 COB): SBR*S, loop 2320 after the
 * providers, 2330A and 2330B, a 2430 after each line's date; read back segment by segment and validated.
 */
class SecondaryClaimWriterTest {

    private static final LocalDate PAID = LocalDate.of(2025, 3, 20);
    private final X12ClaimWriter writer = new X12ClaimWriter();

    static Claim toSecondary(PatientLevel patient) {
        return new Claim("V2025-0001", new BigDecimal("175.00"), "11", clinic(), subscriber("SEC778899", "Doe"),
                new Payer("Harbor Mutual", "HM001", "CI"), List.of("M54.6"),
                List.of(line("97110", List.of("GP"), "120.00", 2, 1), line("97140", List.of("GP", "59"), "55.00", 1, 1)),
                null, null, null, patient, "S");
    }

    static OtherPayer primaryLineLevel() {
        return new OtherPayer("P", "18", "GRP-42", "CI",
                new OtherPayer.OtherSubscriber("Doe", "Pat", "PRI123456", new Address("22 Oak Ave", "Springfield",
                        "IL", "62704")), "Acme Health", "ACME1", null, new BigDecimal("92.00"), List.of(), null, PAID,
                List.of(new OtherPayerLine(1, "97110", List.of("GP"), 2, new BigDecimal("56.00"), List.of(
                                adj("CO", "45", "20.00"), adj("PR", "1", "30.00"), adj("PR", "2", "14.00")),
                                new BigDecimal("44.00")),
                        new OtherPayerLine(2, "97140", List.of("GP", "59"), 1, new BigDecimal("36.00"), List.of(
                                adj("CO", "45", "10.00"), adj("PR", "2", "9.00")), new BigDecimal("9.00"))));
    }

    @Test
    void lineLevelCobValidatesWith2320And2330And2430() throws Exception {
        String x12 = writer.writeSecondary(interchange(), List.of(new SecondaryClaim(toSecondary(null),
                primaryLineLevel())));

        X12Validator.Result result = X12Validator.validate(x12);
        assertThat(result.errors()).isEmpty();
        assertThat(result.loops()).containsExactly("1000A", "1000B", "2000A", "2010AA", "2000B", "2010BA", "2010BB",
                "2300", "2320", "2330A", "2330B", "2400", "2430", "2400", "2430");
    }

    @Test
    void lineLevelCobReadsBackSegmentBySegment() {
        List<String> segments = segments(writer.writeSecondary(interchange(),
                List.of(new SecondaryClaim(toSecondary(null), primaryLineLevel()))));

        assertThat(segments).contains("SBR*S*18*******CI", "NM1*PR*2*HARBOR MUTUAL*****PI*HM001");
        int hi = segments.indexOf("HI*ABK:M546");
        assertThat(segments.subList(hi + 1, hi + 9)).containsExactly(
                "SBR*P*18*GRP-42******CI",
                "AMT*D*92",
                "OI***Y***Y",
                "NM1*IL*1*DOE*PAT****MI*PRI123456",
                "N3*22 OAK AVE",
                "N4*SPRINGFIELD*IL*62704",
                "NM1*PR*2*ACME HEALTH*****PI*ACME1",
                "LX*1");
        int first = segments.indexOf("LX*1");
        assertThat(segments.subList(first + 1, first + 14)).containsExactly(
                "SV1*HC:97110:GP*120*UN*2*11**1",
                "DTP*472*D8*20250303",
                "SVD*ACME1*56*HC:97110:GP**2",
                "CAS*CO*45*20",
                "CAS*PR*1*30**2*14",
                "DTP*573*D8*20250320",
                "AMT*EAF*44",
                "LX*2",
                "SV1*HC:97140:GP:59*55*UN*1*11**1",
                "DTP*472*D8*20250303",
                "SVD*ACME1*36*HC:97140:GP:59**1",
                "CAS*CO*45*10",
                "CAS*PR*2*9");
        // claim-level AMT*EAF and 2330B DTP*573 only when the payer adjudicated the claim as a whole
        assertThat(segments.subList(hi, first)).noneMatch(s -> s.startsWith("AMT*EAF") || s.startsWith("DTP*573"));
    }

    @Test
    void claimLevelCobCarriesCasAndEafIn2320AndTheDateIn2330B() throws Exception {
        OtherPayer claimLevel = new OtherPayer("P", "18", null, "MB",
                new OtherPayer.OtherSubscriber("Doe", "Pat", "1EG4TE5MK73", null), "Medicare Part B", "00952", null,
                new BigDecimal("100.00"), List.of(adj("CO", "45", "35.00"), adj("PR", "1", "40.00")),
                new BigDecimal("40.00"), PAID, List.of());
        String x12 = writer.writeSecondary(interchange(), List.of(new SecondaryClaim(toSecondary(null), claimLevel)));

        assertThat(X12Validator.validate(x12).errors()).isEmpty();
        List<String> segments = segments(x12);
        int sbr = segments.indexOf("SBR*P*18*******MB");
        assertThat(segments.subList(sbr + 1, sbr + 9)).containsExactly(
                "CAS*CO*45*35",
                "CAS*PR*1*40",
                "AMT*D*100",
                "AMT*EAF*40",
                "OI***Y***Y",
                "NM1*IL*1*DOE*PAT****MI*1EG4TE5MK73",
                "NM1*PR*2*MEDICARE PART B*****PI*00952",
                "DTP*573*D8*20250320");
        assertThat(segments).noneMatch(s -> s.startsWith("SVD"));
    }

    @Test
    void aSpousesSecondaryPlanKeepsThePatientLevelAndValidates() throws Exception {
        PatientLevel patient = new PatientLevel("01", "Doe", "Sam", LocalDate.of(1956, 2, 1), "M",
                new Address("22 Oak Ave", "Springfield", "IL", "62704"));
        OtherPayer primary = primaryLineLevel();
        OtherPayer asSpouse = new OtherPayer("P", "01", primary.groupNumber(), primary.claimFilingIndicator(),
                primary.subscriber(), primary.payerName(), primary.payerId(), null, primary.paid(),
                primary.adjustments(), null, PAID, primary.lines());
        String x12 = writer.writeSecondary(interchange(), List.of(new SecondaryClaim(toSecondary(patient), asSpouse)));

        X12Validator.Result result = X12Validator.validate(x12);
        assertThat(result.errors()).isEmpty();
        assertThat(result.loops()).containsSubsequence("2000B", "2010BA", "2010BB", "2000C", "2010CA", "2300", "2320",
                "2330A", "2330B", "2400", "2430");
        assertThat(segments(x12)).contains("SBR*S********CI", "PAT*01", "SBR*P*01*GRP-42******CI");
    }

    @Test
    void anUnbalancedLineOrClaimIsRefused() {
        OtherPayer primary = primaryLineLevel();
        OtherPayerLine short1 = new OtherPayerLine(1, "97110", List.of("GP"), 2, new BigDecimal("56.00"),
                List.of(adj("CO", "45", "20.00")), null);
        OtherPayer unbalanced = new OtherPayer("P", "18", null, "CI", primary.subscriber(), "Acme Health", "ACME1",
                null, new BigDecimal("92.00"), List.of(), null, PAID, List.of(short1, primary.lines().get(1)));
        assertThatThrownBy(() -> new SecondaryClaim(toSecondary(null), unbalanced))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1 does not balance: charge 120.00 − paid 56.00 − adjustments 20.00 leaves 44.00");
        OtherPayer wrongTotal = new OtherPayer("P", "18", null, "CI", primary.subscriber(), "Acme Health", "ACME1",
                null, new BigDecimal("90.00"), List.of(adj("CO", "45", "80.00")), null, PAID, List.of());
        assertThatThrownBy(() -> new SecondaryClaim(toSecondary(null), wrongTotal))
                .hasMessageContaining("the claim does not balance");
        assertThatThrownBy(() -> new SecondaryClaim(ClaimFixtures.demoVisit(), primary))
                .hasMessageContaining("not P");
    }

    @Test
    void primaryClaimsAreWrittenAsBefore() {
        assertThat(segments(writer.write(interchange(), List.of(ClaimFixtures.demoVisit()))))
                .noneMatch(s -> s.startsWith("SVD") || s.startsWith("OI") || s.startsWith("AMT"));
    }

    private static ClaimAdjustment adj(String group, String reason, String amount) {
        return new ClaimAdjustment(group, reason, new BigDecimal(amount));
    }

    private static List<String> segments(String x12) {
        return Arrays.stream(x12.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
