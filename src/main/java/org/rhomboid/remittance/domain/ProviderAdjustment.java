package org.rhomboid.remittance.domain;

import java.math.BigDecimal;

/**
 * A provider-level adjustment (PLB): not tied to a claim, e.g. WO overpayment recovery, L6 interest, FB forward
 * balance. A positive amount is taken from the payment, a negative one added to it.
 */
public record ProviderAdjustment(String reason, String reference, BigDecimal amount) {}
