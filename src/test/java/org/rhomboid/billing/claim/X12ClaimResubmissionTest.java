package org.rhomboid.billing.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rhomboid.billing.claim.ClaimFixtures.demoVisit;
import static org.rhomboid.billing.claim.ClaimFixtures.interchange;
import static org.rhomboid.billing.claim.X12ClaimWriterTest.segments;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corrected (replacement, CLM05-3 = 7) and void (8) claims: the same claim ID, the frequency code in CLM05-3 and the
 * payer's claim control number as REF*F8 in loop 2300 after REF*G1 and before HI; each validates with StAEDI and
 * reads back segment by segment.
 */
class X12ClaimResubmissionTest {

    private final X12ClaimWriter writer = new X12ClaimWriter();

    @Test
    void aReplacementClaimCarriesFrequency7AndThePayersControlNumberAndValidates() throws Exception {
        String x12 = writer.write(interchange(), List.of(demoVisit().resubmitted("7", "PCN20250001")));
        List<String> segments = segments(x12);

        assertThat(X12Validator.validate(x12).errors()).isEmpty();
        int clm = segments.indexOf("CLM*V2025-0001*325***11:B:7*Y*A*Y*Y");
        assertThat(clm).isPositive();
        assertThat(segments.get(clm + 1)).isEqualTo("REF*F8*PCN20250001");
        assertThat(segments.get(clm + 2)).startsWith("HI*ABK:M546");
        assertThat(segments).contains("SV1*HC:97161:GP*150*UN*1*11**1:2");
    }

    @Test
    void aVoidCarriesFrequency8AfterThePriorAuthorizationAndValidates() throws Exception {
        Claim demo = demoVisit();
        Claim authorized = new Claim(demo.claimId(), demo.totalCharge(), demo.placeOfService(), demo.billingProvider(),
                demo.subscriber(), demo.payer(), demo.diagnoses(), demo.lines(), demo.referringProvider(),
                demo.renderingProvider(), "PA-2025-0042");
        String x12 = writer.write(interchange(), List.of(authorized.resubmitted("8", "2025123ABC-01")));
        List<String> segments = segments(x12);

        assertThat(X12Validator.validate(x12).errors()).isEmpty();
        int clm = segments.indexOf("CLM*V2025-0001*325***11:B:8*Y*A*Y*Y");
        assertThat(segments.subList(clm + 1, clm + 4)).satisfiesExactly(
                g1 -> assertThat(g1).isEqualTo("REF*G1*PA-2025-0042"),
                f8 -> assertThat(f8).isEqualTo("REF*F8*2025123ABC-01"),
                hi -> assertThat(hi).startsWith("HI*"));
    }

    @Test
    void anOriginalClaimHasNoF8AndAFrequencyOutsideTheGuideIsReported() throws Exception {
        String original = writer.write(interchange(), List.of(demoVisit()));
        assertThat(segments(original)).contains("CLM*V2025-0001*325***11:B:1*Y*A*Y*Y")
                .noneMatch(s -> s.startsWith("REF*F8"));

        String frequency9 = original.replace("11:B:1*", "11:B:9*");
        assertThat(X12Validator.validate(frequency9).errors()).anyMatch(e -> e.contains("INVALID_CODE_VALUE"));
        String otherRef = writer.write(interchange(), List.of(demoVisit().resubmitted("7", "PCN1")))
                .replace("REF*F8*PCN1", "REF*D9*PCN1");
        assertThat(X12Validator.validate(otherRef).errors()).anyMatch(e -> e.contains("INVALID_CODE_VALUE"));
    }

    @Test
    void aReplacementOrVoidNeedsThePayersControlNumberAndAnOriginalRefusesOne() {
        assertThatThrownBy(() -> demoVisit().resubmitted("7", null)).hasMessageContaining("payer claim control number");
        assertThatThrownBy(() -> demoVisit().resubmitted("8", "PCN*1")).hasMessageContaining("payer claim control");
        assertThatThrownBy(() -> demoVisit().resubmitted("1", "PCN1")).hasMessageContaining("original claim");
        assertThatThrownBy(() -> demoVisit().resubmitted("5", "PCN1")).hasMessageContaining("frequency");
    }
}
