package org.rhomboid.claims.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.claims.domain.ClaimStatus.ACCEPTED;
import static org.rhomboid.claims.domain.ClaimStatus.ADJUSTED;
import static org.rhomboid.claims.domain.ClaimStatus.CLOSED;
import static org.rhomboid.claims.domain.ClaimStatus.CORRECTED;
import static org.rhomboid.claims.domain.ClaimStatus.CREATED;
import static org.rhomboid.claims.domain.ClaimStatus.DENIED;
import static org.rhomboid.claims.domain.ClaimStatus.PAID;
import static org.rhomboid.claims.domain.ClaimStatus.PARTIALLY_PAID;
import static org.rhomboid.claims.domain.ClaimStatus.REJECTED;
import static org.rhomboid.claims.domain.ClaimStatus.SENT;
import static org.rhomboid.claims.domain.ClaimStatus.VOIDED;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimStatusTest {

    @Test
    void eachEventLeadsToTheStatusItNamesInOrder() {
        assertThat(ClaimStatus.of(List.of())).isEqualTo(CREATED);
        assertThat(ClaimStatus.of(List.of(SENT))).isEqualTo(SENT);
        assertThat(ClaimStatus.of(List.of(SENT, ACCEPTED))).isEqualTo(ACCEPTED);
        assertThat(ClaimStatus.of(List.of(SENT, REJECTED))).isEqualTo(REJECTED);
        assertThat(ClaimStatus.of(List.of(SENT, ACCEPTED, DENIED))).isEqualTo(DENIED);
        assertThat(ClaimStatus.of(List.of(SENT, ACCEPTED, PARTIALLY_PAID, ADJUSTED))).isEqualTo(ADJUSTED);
        assertThat(ClaimStatus.of(List.of(SENT, DENIED, CORRECTED))).isEqualTo(CORRECTED);
        assertThat(ClaimStatus.of(List.of(SENT, DENIED, CORRECTED, PAID))).isEqualTo(PAID);
        assertThat(ClaimStatus.of(List.of(SENT, PAID, CLOSED))).isEqualTo(CLOSED);
    }

    @Test
    void aLateAcknowledgmentOrSendingDoesNotUndoAnAdjudicationOrACorrection() {
        assertThat(ClaimStatus.of(List.of(SENT, PAID, ACCEPTED))).isEqualTo(PAID);
        assertThat(ClaimStatus.of(List.of(SENT, DENIED, CORRECTED, ACCEPTED))).isEqualTo(CORRECTED);
        assertThat(ClaimStatus.of(List.of(SENT, DENIED, SENT))).isEqualTo(DENIED);
        assertThat(ClaimStatus.of(List.of(SENT, REJECTED, ACCEPTED))).isEqualTo(ACCEPTED);
    }

    @Test
    void voidedAndClosedAreFinal() {
        assertThat(ClaimStatus.of(List.of(SENT, PAID, VOIDED, ADJUSTED, CORRECTED))).isEqualTo(VOIDED);
        assertThat(ClaimStatus.of(List.of(SENT, CLOSED, PAID))).isEqualTo(CLOSED);
        assertThat(VOIDED.isFinal()).isTrue();
        assertThat(DENIED.isFinal()).isFalse();
    }

    @Test
    void labelsAndParsing() {
        assertThat(PARTIALLY_PAID.label()).isEqualTo("partially paid");
        assertThat(ClaimStatus.parse("partially paid")).isEqualTo(PARTIALLY_PAID);
        assertThat(ClaimStatus.parse("DENIED")).isEqualTo(DENIED);
        assertThat(ClaimStatus.parse("nonsense")).isNull();
        assertThat(ClaimStatus.parse("")).isNull();
        assertThat(ClaimStatus.parse(null)).isNull();
    }

    @Test
    void aRemittanceClaimStatusAndItsAmountsSayPaidPartlyPaidDeniedOrAdjusted() {
        assertThat(outcome("1", "110", "66", "22", 2, 0)).isEqualTo(PAID);
        assertThat(outcome("1", "110", "0", "110", 1, 0)).as("all to the deductible").isEqualTo(PAID);
        assertThat(outcome("1", "110", "33", "0", 2, 1)).isEqualTo(PARTIALLY_PAID);
        assertThat(outcome("2", "110", "0", "0", 2, 2)).isEqualTo(DENIED);
        assertThat(outcome("4", "110", "0", "0", 2, 2)).isEqualTo(DENIED);
        assertThat(outcome("22", "-110", "-66", "0", 0, 0)).isEqualTo(ADJUSTED);
        assertThat(outcome("23", "110", "0", "0", 0, 0)).isEqualTo(DENIED);
        assertThat(outcome("19", "110", "80", "20", 1, 0)).isEqualTo(PAID);
        assertThat(outcome("25", "110", "0", "0", 0, 0)).isEqualTo(ADJUSTED);
        assertThat(new RemittanceOutcome("1", new BigDecimal("110.00"), new BigDecimal("33.00"), BigDecimal.ZERO, 2, 1)
                .describe("PCN9")).isEqualTo("CLP02 1: paid 33.00 of 110.00, 1 of 2 lines denied;"
                + " payer claim control number PCN9");
    }

    private static ClaimStatus outcome(String code, String charged, String paid, String patient, int lines,
                                       int denied) {
        return new RemittanceOutcome(code, new BigDecimal(charged), new BigDecimal(paid), new BigDecimal(patient),
                lines, denied).status();
    }
}
