package org.rhomboid.ledger.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a stored 837P says of each of its claims beyond the amounts: the payer it was sent to (the 2010BB payer name,
 * NM1*PR, before the claim's CLM) and its procedure codes (SV1). The file is Rhomboid's own, so the separators are
 * read from its ISA header (element separator at position 3, segment terminator after ISA16 at position 105).
 */
public final class ClaimFile {

    public record Sent(String payerName, List<String> codes) {}

    private ClaimFile() {
    }

    public static Map<String, Sent> read(String file, Set<String> wanted) {
        Map<String, Sent> claims = new LinkedHashMap<>();
        String text = file == null ? "" : file.strip();
        if (!text.startsWith("ISA") || text.length() < 106) {
            return claims;
        }
        String element = String.valueOf(text.charAt(3));
        String terminator = String.valueOf(text.charAt(105));
        String component = String.valueOf(text.charAt(104));
        String payer = "";
        List<String> codes = null;
        for (String raw : text.split(java.util.regex.Pattern.quote(terminator))) {
            String[] e = raw.strip().split(java.util.regex.Pattern.quote(element), -1);
            switch (e[0]) {
                case "NM1" -> {
                    if (e.length > 3 && e[1].equals("PR")) {
                        payer = e[3];
                    }
                }
                case "CLM" -> {
                    codes = null;
                    if (e.length > 1 && wanted.contains(e[1])) {
                        codes = new ArrayList<>();
                        claims.put(e[1], new Sent(payer.isEmpty() ? "Unknown payer" : payer, codes));
                    }
                }
                case "SV1" -> {
                    if (codes != null && e.length > 1) {
                        String[] procedure = e[1].split(java.util.regex.Pattern.quote(component), -1);
                        if (procedure.length > 1) {
                            codes.add(procedure[1]);
                        }
                    }
                }
                case "HL", "SE" -> codes = null;
                default -> {
                }
            }
        }
        return claims;
    }
}
