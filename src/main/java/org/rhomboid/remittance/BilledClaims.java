package org.rhomboid.remittance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhomboid.remittance.domain.BilledLine;
import org.rhomboid.remittance.domain.Segment;

/**
 * The claims as sent, read back from the batch's 837P file: each CLM01 claim ID with its SV1 lines. The file is the
 * record of what the payer received (the notes' coded services can't say which lines an NCCI edit left off or how
 * a day's documents were joined into one claim), so remittances are matched against it.
 */
final class BilledClaims {

    private BilledClaims() {
    }

    static Map<String, List<BilledLine>> read(String file, Set<String> wanted) {
        Map<String, List<BilledLine>> claims = new LinkedHashMap<>();
        List<BilledLine> current = null;
        for (Segment segment : X12Segments.read(file)) {
            switch (segment.tag()) {
                case "CLM" -> {
                    String id = segment.element(1);
                    current = wanted.contains(id) ? claims.computeIfAbsent(id, k -> new ArrayList<>()) : null;
                }
                case "SV1" -> {
                    if (current != null) {
                        List<String> procedure = segment.components(1);
                        current.add(new BilledLine(procedure.size() > 1 ? procedure.get(1) : "",
                                procedure.size() > 2 ? procedure.subList(2, procedure.size()).stream()
                                        .filter(m -> !m.isEmpty()).toList() : List.of(),
                                segment.has(4) ? new BigDecimal(segment.element(4)).intValue() : 1,
                                segment.has(2) ? new BigDecimal(segment.element(2)) : BigDecimal.ZERO));
                    }
                }
                case "SE" -> current = null;
                default -> {
                }
            }
        }
        return claims;
    }
}
