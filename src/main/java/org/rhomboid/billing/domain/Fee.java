package org.rhomboid.billing.domain;

import java.math.BigDecimal;

/**
 * The clinic's charge for one unit of a procedure code, and what the payer is expected to allow for it (optional;
 * an estimate the clinic keeps, not a payer's contract).
 */
public record Fee(String code, BigDecimal charge, BigDecimal allowed) {

    public Fee {
        if (code == null || !code.matches("[0-9A-Z]{5}")) {
            throw new IllegalArgumentException("A fee needs a 5-character procedure code");
        }
        if (charge == null || charge.signum() <= 0) {
            throw new IllegalArgumentException("The charge for " + code + " must be more than zero");
        }
        if (allowed != null && allowed.signum() < 0) {
            throw new IllegalArgumentException("The allowed amount for " + code + " can't be negative");
        }
    }
}
