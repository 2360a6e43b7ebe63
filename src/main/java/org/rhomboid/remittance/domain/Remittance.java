package org.rhomboid.remittance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One 835 payment: who paid, how much and how (BPR), its trace number (TRN02), the claims and the PLB adjustments. */
public record Remittance(PayerName payer, Payment payment, List<ClaimPayment> claims,
                         List<ProviderAdjustment> providerAdjustments) {

    public Remittance {
        claims = List.copyOf(claims);
        providerAdjustments = List.copyOf(providerAdjustments);
    }

    /** N1*PR name and its id (REF*2U, or N104 when the payer gives none). */
    public record PayerName(String name, String id) {}

    /** BPR04 method (CHK, ACH, NON, …), BPR02 amount, BPR16 date and TRN02 trace (check or EFT number). */
    public record Payment(String method, BigDecimal amount, LocalDate date, String traceNumber) {}

    public Remittance withClaims(List<ClaimPayment> matched) {
        return new Remittance(payer, payment, matched, providerAdjustments);
    }
}
