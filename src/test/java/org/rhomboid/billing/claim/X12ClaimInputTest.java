package org.rhomboid.billing.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.rhomboid.billing.claim.ClaimFixtures.clinic;
import static org.rhomboid.billing.claim.ClaimFixtures.line;
import static org.rhomboid.billing.claim.ClaimFixtures.medicare;
import static org.rhomboid.billing.claim.ClaimFixtures.subscriber;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks a biller would otherwise learn about from a clearinghouse rejection. */
class X12ClaimInputTest {

    private static Claim claim(String total, List<String> diagnoses, List<ServiceLine> lines) {
        return new Claim("V1", new BigDecimal(total), "11", clinic(), subscriber("M1", "Doe"), medicare(), diagnoses,
                lines, null, null);
    }

    @Test
    void lineBreaksInsideAnIdentifierAreRefusedAndNotQuotedBack() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Claim("R001\r\nCLM*X", BigDecimal.TEN, "11", clinic(), subscriber("M1", "Doe"),
                        medicare(), List.of("M54.6"), List.of(line("97110", List.of(), "10", 1, 1)), null, null))
                .withMessageStartingWith("claim ID (patient control number) must not contain line breaks")
                .withMessageNotContaining("CLM");
        assertThatIllegalArgumentException().isThrownBy(() -> subscriber("1EG4\nTE5", "Doe"))
                .withMessageStartingWith("member ID must not contain line breaks");
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreRefusedInEveryText() {
        assertThatIllegalArgumentException().isThrownBy(() -> subscriber("M1", "Do\u0000e"))
                .withMessageStartingWith("subscriber last name must not contain");
        assertThatIllegalArgumentException().isThrownBy(() -> subscriber("M1", "Doe\ud800"))
                .withMessageContaining("surrogate");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Address("12\tOak St", "Portland", "ME", "04101"))
                .withMessageStartingWith("address line must not contain");
        assertThatIllegalArgumentException().isThrownBy(() -> new Payer("Medicare\u007f", "00952", "MB"))
                .withMessageStartingWith("payer name must not contain");
        // A trailing line break is only whitespace: trimmed, as before.
        assertThat(subscriber("M1\r\n", "Doe").memberId()).isEqualTo("M1");
    }

    @Test
    void theWriterItselfRefusesASeparatorOrControlCharacterInAnySegment() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        io.xlate.edi.stream.EDIStreamWriter out = io.xlate.edi.stream.EDIOutputFactory.newFactory()
                .createEDIStreamWriter(bytes);
        Segments segments = new Segments(out);
        assertThatIllegalArgumentException().isThrownBy(() -> segments.write("NM1", "IL", "1", "DOE\rNM1"))
                .withMessage("a value of the NM1 segment holds an X12 separator or a control character");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> segments.write("SV1", Segments.composite("HC", "97110~"), "10"))
                .withMessageContaining("SV1");
        assertThat(bytes.size()).as("nothing written").isZero();
    }

    @Test
    void diagnosisCodesLoseTheirDot() {
        Claim claim = claim("10", List.of("m54.6", "M62.830"), List.of(line("97110", List.of(), "10", 1, 1)));

        assertThat(claim.diagnoses()).containsExactly("M546", "M62830");
    }

    @Test
    void pointerBeyondTheDiagnosesIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> claim("10", List.of("M54.6"), List.of(line("97110", List.of("GP"), "10", 1, 2))))
                .withMessage("diagnosis pointer 2 on 97110 is out of range 1–1");
    }

    @Test
    void moreThanFourPointersIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> line("97110", List.of(), "10", 1, 1, 2, 3, 4, 5))
                .withMessageContaining("needs 1–4 diagnosis pointers, has 5");
    }

    @Test
    void moreThanFourModifiersIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> line("97110", List.of("GP", "KX", "59", "CQ", "GO"), "10", 1, 1))
                .withMessage("procedure 97110 has 5 modifiers; at most 4 are allowed");
    }

    @Test
    void lineChargesMustAddUpToTheTotal() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> claim("100.00", List.of("M54.6"),
                        List.of(line("97110", List.of(), "60", 2, 1), line("97140", List.of(), "30", 1, 1))))
                .withMessage("line charges add up to 90 but the claim total is 100.00");
    }

    @Test
    void totalWithDifferentScaleStillMatches() {
        assertThat(claim("90", List.of("M54.6"), List.of(line("97110", List.of(), "90.00", 1, 1))).totalCharge())
                .isEqualByComparingTo("90.00");
    }

    @Test
    void npiMustBeTenDigitsWithAValidCheckDigit() {
        assertThatIllegalArgumentException().isThrownBy(() -> Provider.person("Smith", "Anna", "123456789"))
                .withMessage("provider NPI must be 10 digits: 123456789");
        assertThatIllegalArgumentException().isThrownBy(() -> Provider.person("Smith", "Anna", "1234567890"))
                .withMessage("provider NPI has a wrong check digit or does not start with 1 or 2: 1234567890");
    }

    @Test
    void claimIdLongerThanTwentyIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Claim("X".repeat(21), BigDecimal.TEN, "11", clinic(), subscriber("M1", "Doe"),
                        medicare(), List.of("M54.6"), List.of(line("97110", List.of(), "10", 1, 1)), null, null))
                .withMessageStartingWith("claim ID (patient control number) must be at most 20 characters");
    }

    @Test
    void moreThanTwelveDiagnosesIsRejected() {
        List<String> thirteen = List.of("M54.1", "M54.2", "M54.3", "M54.4", "M54.5", "M54.6", "M54.7", "M54.8",
                "M54.9", "M62.81", "M62.82", "M62.83", "M62.84");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> claim("10", thirteen, List.of(line("97110", List.of(), "10", 1, 1))))
                .withMessage("a claim needs 1–12 diagnoses, has 13");
    }

    @Test
    void billingProviderNeedsTaxIdAndZipPlusFour() {
        Provider noTaxId = Provider.organization("Clinic", "1234567893", null, null,
                new Address("1 Main", "Springfield", "IL", "627011234"));
        Provider fiveDigitZip = Provider.organization("Clinic", "1234567893", "123456789", null,
                new Address("1 Main", "Springfield", "IL", "62701"));
        List<ServiceLine> lines = List.of(line("97110", List.of(), "10", 1, 1));

        assertThatIllegalArgumentException().isThrownBy(() -> new Claim("V1", BigDecimal.TEN, "11", noTaxId,
                subscriber("M1", "Doe"), medicare(), List.of("M54.6"), lines, null, null))
                .withMessage("billing provider needs a tax ID (EIN)");
        assertThatIllegalArgumentException().isThrownBy(() -> new Claim("V1", BigDecimal.TEN, "11", fiveDigitZip,
                subscriber("M1", "Doe"), medicare(), List.of("M54.6"), lines, null, null))
                .withMessage("billing provider needs an address with a 9-digit ZIP+4");
    }

    @Test
    void referringProviderMustBeAPerson() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Claim("V1", BigDecimal.TEN, "11", clinic(),
                subscriber("M1", "Doe"), medicare(), List.of("M54.6"), List.of(line("97110", List.of(), "10", 1, 1)),
                clinic(), null))
                .withMessage("referring provider must be a person (last and first name)");
    }

    @Test
    void delimitersInNamesAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Payer("Blue*Cross", "12345", "CI"))
                .withMessage("payer name must not contain * : ~ or ^: Blue*Cross");
    }

    @Test
    void usageIndicatorIsTestOrProduction() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Interchange("S", "R", "Receiver", new Submitter("S", "C", "2175550100"), 1, 'X',
                        LocalDateTime.now()))
                .withMessage("usage indicator must be T (test) or P (production): X");
    }

    @Test
    void writerRefusesAnEmptyBatch() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new X12ClaimWriter().write(ClaimFixtures.interchange(), List.of()))
                .withMessageContaining("needs 1–5000 claims");
    }
}
