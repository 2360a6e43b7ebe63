package org.rhomboid.denial.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rhomboid.remittance.domain.Adjustment;

/** Each CARC/RARC mapping of docs/clinical-sources.md (billing sources) and which adjustments make a denial. */
class DenialCausesTest {

    private static List<String> list(String codes) {
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.split(" "));
    }

    @ParameterizedTest(name = "CARC {0} RARC {1} on {2}-{3} → {4}")
    @CsvSource({
            "197, N54, 97110, GP, AUTHORIZATION",
            "198, , 97110, GP, AUTHORIZATION",
            "15, , 97140, GP, AUTHORIZATION",
            "16, N54, 97110, GP, AUTHORIZATION",
            "29, , 97110, GP, TIMELY_FILING",
            "96, N640, 97110, GP, THERAPY_THRESHOLD",
            "119, , 97530, GP, THERAPY_THRESHOLD",
            "119, , 97530, GP KX, BENEFIT_LIMIT",
            "96, , 97110, GP KX, NOT_COVERED",
            "119, , 99213, , BENEFIT_LIMIT",
            "97, , 97140, GP, NCCI_BUNDLED",
            "B15, , 97140, GP, NCCI_BUNDLED",
            "45 97, N20, 97530, GP, NCCI_BUNDLED",
            "16, M80, 97140, GP, NCCI_BUNDLED",
            "236, , 97140, GP, NCCI_BUNDLED",
            "16, MA130, , , MISSING_INFORMATION",
            "16, , 97110, GP, MISSING_INFORMATION",
            "50, N115, 97112, GP, MEDICAL_NECESSITY",
            "27, , 97110, GP, COVERAGE_ENDED",
            "22, MA04, 97110, GP, OTHER_PAYER_PRIMARY",
            "109, , 97110, GP, OTHER_PAYER_PRIMARY",
            "18, , 97110, GP, DUPLICATE",
            "4, , 97110, , MODIFIER",
            "167, , 97110, GP, DIAGNOSIS",
            "170, , 97110, GP, PROVIDER_TYPE",
            "204, , 97110, GP KX, NOT_COVERED",
            "242, , 97110, GP, OUT_OF_NETWORK",
            "B7, , 97110, GP, UNKNOWN"})
    void eachCodeMapsToItsLikelyCause(String reasons, String remarks, String code, String modifiers,
                                      LikelyCause expected) {
        assertThat(DenialCauses.cause(list(reasons), list(remarks), code == null ? "" : code, list(modifiers)))
                .isEqualTo(expected);
    }

    @Test
    void aContractualWriteDownSequestrationOrPatientShareIsNoDenial() {
        Adjustment contractual = new Adjustment("CO", "45", new BigDecimal("20.00"));
        Adjustment sequestration = new Adjustment("CO", "253", new BigDecimal("1.20"));
        Adjustment coinsurance = new Adjustment("PR", "2", new BigDecimal("15.00"));
        Adjustment priorPayer = new Adjustment("OI", "23", new BigDecimal("40.00"));
        assertThat(DenialCauses.denies(List.of(contractual, sequestration, coinsurance, priorPayer))).isFalse();
        assertThat(DenialCauses.onWorklist("1", List.of(contractual, coinsurance))).isFalse();
        assertThat(DenialCauses.onWorklist("4", List.of(contractual))).isTrue();
    }

    @Test
    void aClinicBorneAdjustmentOtherThanTheWriteDownIsADenialButNotInAReversal() {
        Adjustment authorization = new Adjustment("CO", "197", new BigDecimal("50.00"));
        Adjustment initiative = new Adjustment("PI", "96", new BigDecimal("30.00"));
        Adjustment otherInsurance = new Adjustment("OI", "22", new BigDecimal("30.00"));
        assertThat(DenialCauses.denies(List.of(authorization))).isTrue();
        assertThat(DenialCauses.denies(List.of(initiative))).isTrue();
        assertThat(DenialCauses.denies(List.of(otherInsurance))).isTrue();
        assertThat(DenialCauses.onWorklist("1", List.of(new Adjustment("CO", "45", BigDecimal.TEN), authorization)))
                .isTrue();
        // A reversal's adjustments are negative and it takes back a payment: not a denial to work.
        assertThat(DenialCauses.onWorklist("22", List.of(new Adjustment("CO", "197", new BigDecimal("-50.00")))))
                .isFalse();
        assertThat(DenialCauses.denial(new Adjustment("CO", "197", new BigDecimal("-50.00")))).isFalse();
    }

    @Test
    void deniedWhenNothingWasPaidPartlyWhenSomethingWas() {
        assertThat(DenialCauses.extent(new BigDecimal("100.00"), BigDecimal.ZERO)).isEqualTo("Denied");
        assertThat(DenialCauses.extent(new BigDecimal("100.00"), new BigDecimal("40.00"))).isEqualTo("Partly denied");
    }

    @Test
    void everyCauseHasATitleAnExplanationAnActionAndAnAppealParagraph() {
        for (LikelyCause cause : LikelyCause.values()) {
            assertThat(cause.title()).isNotBlank();
            assertThat(cause.explanation()).isNotBlank();
            assertThat(cause.appeal()).isNotBlank();
            assertThat(cause.action()).isNotNull();
        }
    }
}
