package org.rhomboid.billing.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values are spelled in X12 5010: CCYYMMDD dates, HHMM times, amounts without trailing zeros. */
final class X12Values {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private X12Values() {
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** ISA09 only: the interchange header predates four-digit years. */
    static String shortDate(LocalDateTime dateTime) {
        return SHORT_DATE.format(dateTime);
    }

    static String time(LocalDateTime dateTime) {
        return TIME.format(dateTime);
    }

    /** 120.00 is sent as 120, 82.50 as 82.5: the X12 decimal type carries no insignificant zeros. */
    static String amount(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** ISA fields are fixed width, padded with spaces. */
    static String padded(String value, int width) {
        return String.format(Locale.ROOT, "%-" + width + "s", value);
    }

    static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
