package org.rhomboid.remittance.domain;

import java.math.BigDecimal;
import java.util.List;

/** Dollar amounts as the 835 writes them: optional sign, digits (under a billion), at most two decimals. */
public final class Money {

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("-?(\\d{1,9}(\\.\\d{0,2})?|\\.\\d{1,2})");

    private Money() {
    }

    public static BigDecimal parse(Segment segment, int element, String what) {
        String text = segment.element(element);
        if (!AMOUNT.matcher(text).matches()) {
            throw RemittanceFileException.at(segment, what + " (element " + element + ") is "
                    + (text.isEmpty() ? "missing" : "not an amount: '" + text + "'"));
        }
        return new BigDecimal(text).setScale(2);
    }

    public static BigDecimal optional(Segment segment, int element, String what) {
        return segment.has(element) ? parse(segment, element, what) : BigDecimal.ZERO.setScale(2);
    }

    public static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
