package org.rhomboid.ledger.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/** Dollar amounts as a person types them ("12.5", "$1,200.00"): positive, under a million, at most two decimals. */
public final class Amounts {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final Pattern TYPED = Pattern.compile("\\$?\\s*(\\d{1,3}(,\\d{3})+|\\d{1,6})(\\.\\d{1,2})?");

    private Amounts() {
    }

    /** The amount, or empty when it is not a positive dollar amount under a million. */
    public static Optional<BigDecimal> typed(String text) {
        String t = text == null ? "" : text.strip();
        if (!TYPED.matcher(t).matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(t.replace("$", "").replace(",", "").strip()).setScale(2);
        if (amount.signum() <= 0 || amount.compareTo(new BigDecimal("1000000")) >= 0) {
            return Optional.empty();
        }
        return Optional.of(amount);
    }

    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO, BigDecimal::add);
    }

    public static String dollars(BigDecimal amount) {
        return (amount.signum() < 0 ? "-$" : "$") + String.format("%,.2f", amount.abs());
    }
}
