package org.rhomboid.visit.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One fixed way to write a note's content as JSON, so the same content always gives the same bytes and so the
 * same hash (NOTE-HASH). Object keys are sorted (by UTF-16 code units, as {@link String#compareTo}); lists keep
 * their order; nulls are written; numbers are plain decimals without exponent or trailing zeros (1.50 → 1.5);
 * strings escape only what JSON requires. Dates, times, UUIDs and enums are written as strings. Anything else —
 * sets (no order), NaN, other objects — is refused rather than written in some accidental form.
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Map<?, ?> map) {
            object(map, out);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Number n) {
            out.append(number(n));
        } else if (value instanceof Enum<?> e) {
            string(e.name(), out);
        } else if (value instanceof UUID || value instanceof TemporalAccessor) {
            string(value.toString(), out);
        } else {
            throw new IllegalArgumentException("Can't write a " + value.getClass().getSimpleName() + " canonically");
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out) {
        List<String> keys = new ArrayList<>();
        for (Object key : map.keySet()) {
            if (!(key instanceof String k)) {
                throw new IllegalArgumentException("Object keys must be strings");
            }
            keys.add(k);
        }
        keys.sort(null);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(keys.get(i), out);
            out.append(':');
            write(map.get(keys.get(i)), out);
        }
        out.append('}');
    }

    private static String number(Number n) {
        BigDecimal decimal;
        if (n instanceof BigDecimal d) {
            decimal = d;
        } else if (n instanceof BigInteger i) {
            decimal = new BigDecimal(i);
        } else if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return Long.toString(n.longValue());
        } else if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no NaN or infinity");
            }
            decimal = new BigDecimal(n.toString());
        } else {
            throw new IllegalArgumentException("Can't write a " + n.getClass().getSimpleName() + " canonically");
        }
        return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
