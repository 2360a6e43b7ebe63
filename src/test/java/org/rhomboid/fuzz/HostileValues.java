package org.rhomboid.fuzz;

import java.util.List;
import java.util.Random;

/**
 * What a careless client or an attacker types into a field: control characters (PostgreSQL refuses NUL), lone
 * surrogates, X12 separators and line breaks, very long text, numbers and dates at and beyond their edges, markup and
 * injection attempts. Each class of trouble that once answered 500 is here, so the generator keeps trying it.
 */
final class HostileValues {

    /** SpEL refuses to concatenate strings past 100,000 characters; one more than that once broke a page. */
    static final int TEMPLATE_LIMIT = 100_001;

    static final List<String> TEXT = List.of(
            "", " ", "\u0000", "Quinn\u0000Ashworth", "\u0001\u0002\u001b[31m\u007f", "\u0085\u009f",
            "\ud800", "a\udc00b", "\ud83e\uddb4 spine", "\u202eevil\u202c", "zero\u200bwidth", "e\u0301\u0301\u0301",
            "\r\n", "line one\rline two\nline three", "\t", "R001000-1\r\nCLM*X*1~", "~*:^", "*", "ISA*00*~",
            "' OR 1=1 --", "\"; drop table patient; --", "<script>alert(1)</script>", "${7*7}", "*{7*7}",
            "[[${7*7}]]", "__${T(java.lang.Runtime).getRuntime()}__::x", "%s%n%x", "../../../etc/passwd",
            "\\u0000", "null", "NaN", "-1", "0", "99999999999999999999", "1e309", "\u0663", "\uff11\uff12",
            "0000-01-01", "9999-12-31", "+1000000-01-01", "2024-02-30", "00000000-0000-0000-0000-000000000000",
            "not-a-uuid", "M54.6", "97110", "1234567893", "T", "11");

    static final List<Object> NUMBERS = List.of(0, -1, 1, 2147483648L, -2147483649L, 9223372036854775807L,
            1.5, -0.0, 1e308, 123456789012345678901234567890.0);

    private HostileValues() {
    }

    /** A hostile string: one from the list, a long one, or random characters from the whole of UTF-16. */
    static String text(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> longText(random);
            case 1, 2 -> randomChars(random, 1 + random.nextInt(24));
            default -> TEXT.get(random.nextInt(TEXT.size()));
        };
    }

    static String longText(Random random) {
        int length = switch (random.nextInt(4)) {
            case 0 -> TEMPLATE_LIMIT;
            case 1 -> 5_001;
            case 2 -> 256;
            default -> 61;
        };
        return "x".repeat(length);
    }

    /** Any UTF-16 code unit, control characters and halves of surrogate pairs included. */
    static String randomChars(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> (char) random.nextInt(0x20);
                case 1 -> (char) (0x20 + random.nextInt(0x5f));
                case 2 -> (char) (0xd800 + random.nextInt(0x800));
                default -> (char) random.nextInt(0x10000);
            });
        }
        return text.toString();
    }

    static Object number(Random random) {
        return NUMBERS.get(random.nextInt(NUMBERS.size()));
    }
}
