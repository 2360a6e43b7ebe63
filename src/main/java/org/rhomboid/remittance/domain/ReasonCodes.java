package org.rhomboid.remittance.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an adjustment reason (CARC, code list 139) or remark (RARC, code list 411) means in plain words, with the
 * likely cause in Rhomboid's terms and what to do, for the codes a physical therapy clinic meets most
 * (billing/carc.tsv, billing/rarc.tsv). A code not in the subset is shown as its code.
 */
public final class ReasonCodes {

    /** A CARC: its meaning, the likely cause in Rhomboid's terms and the usual action; a RARC has a meaning only. */
    public record Meaning(String code, String meaning, String likelyCause, String action) {}

    private static final ReasonCodes LOADED = new ReasonCodes(load("/billing/carc.tsv"), load("/billing/rarc.tsv"));

    private final Map<String, Meaning> reasons;
    private final Map<String, Meaning> remarks;

    private ReasonCodes(Map<String, Meaning> reasons, Map<String, Meaning> remarks) {
        this.reasons = reasons;
        this.remarks = remarks;
    }

    public static ReasonCodes standard() {
        return LOADED;
    }

    public Optional<Meaning> reason(String carc) {
        return Optional.ofNullable(reasons.get(carc));
    }

    public Optional<Meaning> remark(String rarc) {
        return Optional.ofNullable(remarks.get(rarc));
    }

    private static Map<String, Meaning> load(String resource) {
        Map<String, Meaning> codes = new LinkedHashMap<>();
        try (InputStream in = ReasonCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split("\t", -1);
                codes.put(cells[0], new Meaning(cells[0], cells[1], cells.length > 2 ? cells[2] : "",
                        cells.length > 3 ? cells[3] : ""));
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return Map.copyOf(codes);
    }
}
