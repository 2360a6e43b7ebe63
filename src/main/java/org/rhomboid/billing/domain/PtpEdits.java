package org.rhomboid.billing.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * NCCI procedure-to-procedure edits: when both codes are billed the same day, only column 1 is paid, unless the
 * modifier indicator allows an NCCI-associated modifier (59, X{EPSU}) on column 2. Read from the CMS quarterly
 * practitioner PTP file layout. Source: NCCI-PT.
 */
public final class PtpEdits {

    public enum Indicator {
        /** Never bypassable. */
        NOT_ALLOWED,
        /** Bypassable with 59 / XU when the services were truly distinct (for timed PT codes: separate time blocks). */
        ALLOWED,
        /** The edit does not apply. */
        NOT_APPLICABLE
    }

    public record Edit(String column1, String column2, LocalDate effective, LocalDate deleted, Indicator indicator,
                       String rationale) {

        public boolean inForceOn(LocalDate day) {
            return !day.isBefore(effective) && (deleted == null || day.isBefore(deleted));
        }
    }

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final PtpEdits BUILT_IN;

    static {
        try (Reader reader = new InputStreamReader(PtpEdits.class.getResourceAsStream("/billing/ncci-ptp.tsv"),
                StandardCharsets.UTF_8)) {
            BUILT_IN = parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final List<Edit> edits;

    private PtpEdits(List<Edit> edits) {
        this.edits = List.copyOf(edits);
    }

    public static PtpEdits builtIn() {
        return BUILT_IN;
    }

    /** Parses a CMS PTP file (tab-separated; header and comment lines that do not start with a code are skipped). */
    public static PtpEdits parse(Reader source) {
        List<Edit> edits = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String[] f = line.split("\t", -1);
                if (line.startsWith("#") || f.length < 6 || !f[0].strip().matches("[0-9A-Z]{5}")) {
                    continue;
                }
                try {
                    String deletion = f[4].strip();
                    edits.add(new Edit(f[0].strip(), f[1].strip(), LocalDate.parse(f[3].strip(), YYYYMMDD),
                            deletion.equals("*") || deletion.isEmpty() ? null : LocalDate.parse(deletion, YYYYMMDD),
                            switch (f[5].strip()) {
                                case "0" -> Indicator.NOT_ALLOWED;
                                case "1" -> Indicator.ALLOWED;
                                case "9" -> Indicator.NOT_APPLICABLE;
                                default -> throw new IllegalArgumentException("modifier indicator must be 0, 1 or 9");
                            }, f.length > 6 ? f[6].strip() : ""));
                } catch (RuntimeException bad) {
                    throw new IllegalArgumentException("PTP file line " + number + ": " + bad.getMessage(), bad);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PtpEdits(edits);
    }

    public List<Edit> inForceOn(LocalDate day) {
        return edits.stream().filter(e -> e.inForceOn(day)).toList();
    }

    public int size() {
        return edits.size();
    }
}
