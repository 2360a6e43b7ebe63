package org.rhomboid.billing.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.billing.claim.ClaimFixtures.demoVisit;
import static org.rhomboid.billing.claim.ClaimFixtures.interchange;
import static org.rhomboid.billing.claim.ClaimFixtures.subscriber;
import static org.rhomboid.billing.claim.ClaimFixtures.visit;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class X12ClaimWriterTest {

    private final X12ClaimWriter writer = new X12ClaimWriter();

    @Test
    void demoVisitValidatesAgainstControlAndTransactionSchemas() throws Exception {
        String x12 = writer.write(interchange(), List.of(demoVisit()));

        X12Validator.Result result = X12Validator.validate(x12);

        assertThat(result.errors()).isEmpty();
        assertThat(result.loops()).containsExactly("1000A", "1000B", "2000A", "2010AA", "2000B", "2010BA", "2010BB",
                "2300", "2310A", "2310B", "2400", "2400", "2400");
    }

    @Test
    void demoVisitCarriesTheBilledContent() {
        List<String> segments = segments(writer.write(interchange(), List.of(demoVisit())));

        assertThat(segments.get(0)).isEqualTo(
                "ISA*00*          *00*          *ZZ*RHOMBOID01     *ZZ*CLEARHOUSE     *250304*0930*^*00501*000000042*0*T*:");
        assertThat(segments).contains(
                "ST*837*0001*005010X222A1",
                "HL*1**20*1",
                "NM1*85*2*RHOMBOID PHYSICAL THERAPY*****XX*1234567893",
                "REF*EI*123456789",
                "HL*2*1*22*0",
                "SBR*P*18*******MB",
                "DMG*D8*19540612*F",
                "CLM*V2025-0001*325***11:B:1*Y*A*Y*Y",
                "HI*ABK:M546*ABF:M62830",
                "NM1*DN*1*SMITH*ANNA****XX*1987654328",
                "SV1*HC:97161:GP*150*UN*1*11**1:2",
                "SV1*HC:97110:GP*120*UN*2*11**1:2",
                "SV1*HC:97140:GP:59*55*UN*1*11**2",
                "DTP*472*D8*20250303");
        // ST through SE inclusive
        int st = segments.indexOf("ST*837*0001*005010X222A1");
        assertThat(segments.get(segments.size() - 3)).isEqualTo("SE*" + (segments.size() - 2 - st) + "*0001");
        assertThat(segments.subList(segments.size() - 2, segments.size())).containsExactly("GE*1*42", "IEA*1*000000042");
    }

    @Test
    void priorAuthorizationGoesIn2300AsRefG1AfterClmAndValidates() throws Exception {
        Claim demo = demoVisit();
        Claim authorized = new Claim(demo.claimId(), demo.totalCharge(), demo.placeOfService(), demo.billingProvider(),
                demo.subscriber(), demo.payer(), demo.diagnoses(), demo.lines(), demo.referringProvider(),
                demo.renderingProvider(), "PA-2025-0042");

        String x12 = writer.write(interchange(), List.of(authorized));
        List<String> segments = segments(x12);

        assertThat(X12Validator.validate(x12).errors()).isEmpty();
        int clm = segments.indexOf("CLM*V2025-0001*325***11:B:1*Y*A*Y*Y");
        assertThat(segments.get(clm + 1)).isEqualTo("REF*G1*PA-2025-0042");
        assertThat(segments.get(clm + 2)).startsWith("HI*");
        assertThat(segments(writer.write(interchange(), List.of(demo)))).noneMatch(s -> s.startsWith("REF*G1"));
    }

    @Test
    void wrongSegmentCountIsReportedByTheValidator() throws Exception {
        String x12 = writer.write(interchange(), List.of(demoVisit())).replace("SE*33*0001", "SE*32*0001");

        assertThat(X12Validator.validate(x12).errors())
                .anyMatch(error -> error.contains("CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT"));
    }

    @Test
    void missingSubscriberSegmentIsReportedByTheTransactionSchema() throws Exception {
        String x12 = writer.write(interchange(), List.of(demoVisit()))
                .replace("SBR*P*18*******MB~", "")
                .replace("SE*33*0001", "SE*32*0001");

        assertThat(X12Validator.validate(x12).errors()).anyMatch(error -> error.contains("SBR"));
    }

    @Test
    void codeOutsideTheImplementationGuideIsReported() throws Exception {
        String x12 = writer.write(interchange(), List.of(demoVisit())).replace("*UN*2*", "*XX*2*");

        assertThat(X12Validator.validate(x12).errors()).anyMatch(error -> error.contains("INVALID_CODE_VALUE"));
    }

    @Test
    void batchOfTwoClaimsNumbersHierarchicalLevelsAndValidates() throws Exception {
        Claim second = visit("V2025-0002", subscriber("5XY7AB1CD23", "Roe"));

        String x12 = writer.write(interchange(), List.of(demoVisit(), second));
        List<String> segments = segments(x12);

        assertThat(X12Validator.validate(x12).errors()).isEmpty();
        assertThat(segments.stream().filter(s -> s.startsWith("HL*")))
                .containsExactly("HL*1**20*1", "HL*2*1*22*0", "HL*3*1*22*0");
        assertThat(segments.stream().filter(s -> s.startsWith("CLM*")).map(s -> s.split("\\*")[1]))
                .containsExactly("V2025-0001", "V2025-0002");
        assertThat(segments.stream().filter(s -> s.startsWith("ST*") || s.startsWith("GS*"))).hasSize(2);
        assertThat(segments).contains("SE*" + (segments.size() - 4) + "*0001");
    }

    @Test
    void batchWithTwoBillingProvidersOpensASecondBillingLevel() throws Exception {
        Provider otherClinic = Provider.organization("Eastside Rehab", "1678901236", "98-7654321", null,
                new Address("9 Elm St", "Peoria", "IL", "616021234"));
        Claim demo = demoVisit();
        Claim eastside = new Claim("E-77", new BigDecimal("60"), "11", otherClinic, subscriber("7QR2ST3UV45", "Poe"),
                demo.payer(), List.of("M54.50"), List.of(ClaimFixtures.line("97110", List.of("GP", "KX"), "60", 2, 1)),
                null, null);

        String x12 = writer.write(interchange(), List.of(demo, eastside));

        assertThat(X12Validator.validate(x12).errors()).isEmpty();
        assertThat(segments(x12).stream().filter(s -> s.startsWith("HL*")))
                .containsExactly("HL*1**20*1", "HL*2*1*22*0", "HL*3**20*1", "HL*4*3*22*0");
        assertThat(segments(x12)).contains("HI*ABK:M5450", "SV1*HC:97110:GP:KX*60*UN*2*11**1")
                .doesNotContain("PRV*BI*PXC*null");
    }

    @Test
    void aSpousesPlanNamesTheSpouseAsSubscriberAndThePatientInLoop2000C() throws Exception {
        Claim demo = demoVisit();
        Subscriber spouse = new Subscriber("W123456789", "Doe", "Robert", java.time.LocalDate.of(1950, 2, 3), "M",
                new Address("22 Oak Ave", "Springfield", "IL", "62704"));
        PatientLevel patient = new PatientLevel("01", "Doe", "Pat", java.time.LocalDate.of(1954, 6, 12), "F",
                new Address("22 Oak Ave", "Springfield", "IL", "62704"));
        Payer aetna = new Payer("Aetna", "60054", "CI", new Address("PO Box 981106", "El Paso", "TX", "799981106"));
        Claim dependent = new Claim("V2025-0003", demo.totalCharge(), demo.placeOfService(), demo.billingProvider(),
                spouse, aetna, demo.diagnoses(), demo.lines(), demo.referringProvider(), demo.renderingProvider(),
                null, patient, "S");

        String x12 = writer.write(interchange(), List.of(demo, dependent, visit("V2025-0004",
                subscriber("5XY7AB1CD23", "Roe"))));
        List<String> segments = segments(x12);

        X12Validator.Result result = X12Validator.validate(x12);
        assertThat(result.errors()).isEmpty();
        assertThat(result.loops()).containsSubsequence("2000B", "2010BA", "2010BB", "2000C", "2010CA", "2300");
        // the self-subscriber claims around it keep their shape; the dependent's subscriber level opens a child
        assertThat(segments.stream().filter(s -> s.startsWith("HL*")))
                .containsExactly("HL*1**20*1", "HL*2*1*22*0", "HL*3*1*22*1", "HL*4*3*23*0", "HL*5*1*22*0");
        int subscriberLevel = segments.indexOf("HL*3*1*22*1");
        assertThat(segments.subList(subscriberLevel, subscriberLevel + 13)).containsExactly(
                "HL*3*1*22*1",
                "SBR*S********CI",
                "NM1*IL*1*DOE*ROBERT****MI*W123456789",
                "N3*22 OAK AVE",
                "N4*SPRINGFIELD*IL*62704",
                "DMG*D8*19500203*M",
                "NM1*PR*2*AETNA*****PI*60054",
                "N3*PO BOX 981106",
                "N4*EL PASO*TX*799981106",
                "HL*4*3*23*0",
                "PAT*01",
                "NM1*QC*1*DOE*PAT",
                "N3*22 OAK AVE");
        assertThat(segments.get(subscriberLevel + 14)).isEqualTo("DMG*D8*19540612*F");
        assertThat(segments.get(subscriberLevel + 15)).startsWith("CLM*V2025-0003*");
    }

    @Test
    void aPatientLevelWithSelfOrAClaimWithAnUnknownPayerSequenceIsRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new PatientLevel("18",
                "Doe", "Pat", java.time.LocalDate.of(1954, 6, 12), "F", new Address("1 A St", "Springfield", "IL",
                "62704")));
        Claim demo = demoVisit();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Claim("X",
                demo.totalCharge(), "11", demo.billingProvider(), demo.subscriber(), demo.payer(), demo.diagnoses(),
                demo.lines(), null, null, null, null, "Q"));
    }

    @Test
    void aPatientLevelWithoutItsPatSegmentIsReported() throws Exception {
        Claim demo = demoVisit();
        Claim dependent = new Claim("V2025-0003", demo.totalCharge(), demo.placeOfService(), demo.billingProvider(),
                demo.subscriber(), demo.payer(), demo.diagnoses(), demo.lines(), null, null, null,
                new PatientLevel("19", "Doe", "Kid", java.time.LocalDate.of(2015, 1, 1), "U",
                        new Address("22 Oak Ave", "Springfield", "IL", "62704")), "P");
        String x12 = writer.write(interchange(), List.of(dependent));
        int count = segments(x12).size() - 4;
        String broken = x12.replace("PAT*19~", "").replace("SE*" + count + "*0001", "SE*" + (count - 1) + "*0001");
        assertThat(X12Validator.validate(x12).errors()).isEmpty();
        assertThat(X12Validator.validate(broken).errors()).anyMatch(e -> e.contains("PAT"));
    }

    static List<String> segments(String x12) {
        return Arrays.stream(x12.split("~")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
