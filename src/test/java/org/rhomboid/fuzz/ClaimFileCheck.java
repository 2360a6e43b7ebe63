package org.rhomboid.fuzz;

import java.util.regex.Pattern;

/**
 * What a claim file that got through must look like: no control character or lone surrogate anywhere, every segment
 * a known tag followed by its elements, and exactly one claim (CLM) per subscriber level (HL…22) — a separator or a
 * line break smuggled into a value would add a segment or an element.
 */
final class ClaimFileCheck {

    private static final Pattern SEGMENT = Pattern.compile("[A-Z][A-Z0-9]{1,2}(\\*[^*~]*)*");

    private ClaimFileCheck() {
    }

    /** Why the file is broken, or null when it is sound. */
    static String problem(String x12) {
        for (int i = 0; i < x12.length(); i++) {
            char c = x12.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                return "wrote the control character U+" + String.format("%04X", (int) c) + " into the claim file";
            }
        }
        String[] segments = x12.strip().split("~\\s*");
        int claims = 0;
        int subscribers = 0;
        for (String segment : segments) {
            if (!SEGMENT.matcher(segment).matches()) {
                return "wrote a malformed segment into the claim file";
            }
            if (segment.startsWith("CLM*")) {
                claims++;
            }
            if (segment.startsWith("HL*") && segment.split("\\*").length > 3 && segment.split("\\*")[3].equals("22")) {
                subscribers++;
            }
        }
        return claims == subscribers ? null : "wrote " + claims + " CLM segments for " + subscribers + " claims";
    }
}
