package org.rhomboid.support;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds patients' names, dates of birth, MRNs and member IDs in the application's JSON log. Names are matched as
 * whole words (case as stored), codes as whole tokens, and dates of birth in every way Rhomboid or a library might
 * print them: 1961-03-04, 03/04/1961, 3/4/1961, 19610304 (X12), Mar 4, 1961, March 4, 1961, 4 Mar 1961.
 *
 * <p>Only values that look like real identifiers are searched for: a name of letters (with spaces, apostrophes,
 * hyphens or periods) gives its capitalised words of three letters or more (Ellison, García, not "de" or "van"),
 * and a code needs five characters with a letter and a digit. The fuzz tests register patients called "null",
 * "0", "not-a-uuid" or "' OR 1=1 --"; words like these are in any log for other reasons, and nothing identifies
 * a person by them.
 */
public final class PatientDataInLogs {

    /** The synthetic bulk clinic of the search benchmarks: 100,000 generated rows, a birth date on every day. */
    public static final String SYNTHETIC_CLINIC = "Synthetic load clinic";

    public record Patient(String familyName, String givenName, LocalDate birthDate, String mrn, String memberId) {}

    public record Finding(int line, String kind, String value) {
        @Override
        public String toString() {
            return "line " + line + ": " + kind + " '" + value + "'";
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}' .-]*");
    private static final Pattern NOT_A_NAME_CHARACTER = Pattern.compile("[^\\p{L}\\p{M}']+");
    private static final Pattern CODE = Pattern.compile("(?=.*[A-Za-z])(?=.*[0-9])[A-Za-z0-9-]{5,}");
    private static final Pattern NOT_A_CODE_CHARACTER = Pattern.compile("[^A-Za-z0-9-]+");
    private static final Set<String> NOT_NAMES = Set.of("null", "nan", "true", "false", "none", "undefined");
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
    /** ISO, but not the date of a timestamp (2026-12-07T10:00). */
    private static final Pattern ISO = Pattern.compile("(?<![0-9-])(\\d{4})-(\\d{2})-(\\d{2})(?![0-9]|T\\d)");
    private static final Pattern US = Pattern.compile("(?<![0-9/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![0-9])");
    private static final Pattern COMPACT = Pattern.compile("(?<![0-9])(\\d{4})(\\d{2})(\\d{2})(?![0-9])");
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b" + MONTH + " (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2}) " + MONTH + ",? (\\d{4})\\b");

    private final Set<String> nameWords = new HashSet<>();
    private final Set<String> codes = new HashSet<>();
    private final Set<LocalDate> birthDates = new HashSet<>();

    private PatientDataInLogs(Collection<Patient> patients, LocalDate today) {
        for (Patient patient : patients) {
            boolean identifiable = addName(patient.familyName()) | addName(patient.givenName())
                    | addCode(patient.mrn()) | addCode(patient.memberId());
            // Today's date is in every log line's timestamp; a patient born today would be found everywhere.
            if (identifiable && patient.birthDate() != null && !patient.birthDate().equals(today)) {
                birthDates.add(patient.birthDate());
            }
        }
    }

    public static PatientDataInLogs of(Collection<Patient> patients, LocalDate today) {
        return new PatientDataInLogs(patients, today);
    }

    /** Every patient of every clinic in the database but the synthetic bulk clinic, read as the owner (no RLS). */
    public static List<Patient> inDatabase(DataSource owner) {
        return JdbcClient.create(owner).sql("""
                        select p.family_name, p.given_name, p.birth_date, p.mrn, p.member_id
                          from patient p join clinic c on c.id = p.clinic_id
                         where c.name <> :synthetic""")
                .param("synthetic", SYNTHETIC_CLINIC)
                .query((rs, n) -> new Patient(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    public int searchedNames() {
        return nameWords.size();
    }

    /**
     * The findings in the log lines written by one process since it started (the JSON's process.pid and
     * @timestamp): the file may still hold an earlier run's lines. A line that is not JSON is searched whole.
     */
    public List<Finding> scan(List<String> lines, long pid, Instant started) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            JsonNode json = parse(line);
            if (json == null) {
                findings.addAll(scanText(i + 1, line));
            } else if (pidOf(json) == pid && !loggedAt(json).isBefore(started)) {
                List<String> texts = new ArrayList<>();
                strings(json, texts);
                for (String text : texts) {
                    findings.addAll(scanText(i + 1, text));
                }
            }
        }
        return findings;
    }

    /** The findings in one piece of text. */
    public List<Finding> scanText(int line, String text) {
        List<Finding> findings = new ArrayList<>();
        for (String word : NOT_A_NAME_CHARACTER.split(text)) {
            if (nameWords.contains(word)) {
                findings.add(new Finding(line, "name", word));
            }
        }
        for (String token : NOT_A_CODE_CHARACTER.split(text)) {
            if (codes.contains(token)) {
                findings.add(new Finding(line, "MRN or member ID", token));
            }
        }
        dates(ISO, text, 1, 2, 3, line, findings);
        dates(US, text, 3, 1, 2, line, findings);
        dates(COMPACT, text, 1, 2, 3, line, findings);
        dates(MONTH_FIRST, text, 3, 1, 2, line, findings);
        dates(DAY_FIRST, text, 3, 2, 1, line, findings);
        return findings;
    }

    public static long pidOf(JsonNode json) {
        JsonNode pid = json.at("/process/pid");
        if (pid.isMissingNode()) {
            pid = json.path("process.pid");
        }
        return pid.asLong(-1);
    }

    public static Instant loggedAt(JsonNode json) {
        try {
            return Instant.parse(json.path("@timestamp").asString());
        } catch (DateTimeException undated) {
            return Instant.MAX;
        }
    }

    public static JsonNode parse(String line) {
        if (!line.startsWith("{")) {
            return null;
        }
        try {
            return JSON.readTree(line);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private boolean addName(String name) {
        if (name == null || !NAME.matcher(name.strip()).matches()) {
            return false;
        }
        boolean added = false;
        for (String word : NOT_A_NAME_CHARACTER.split(name.strip())) {
            if (Character.isUpperCase(word.codePointAt(0)) && word.codePoints().filter(Character::isLetter).count() >= 3
                    && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                nameWords.add(word);
                added = true;
            }
        }
        return added;
    }

    private boolean addCode(String code) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            return false;
        }
        codes.add(code.strip());
        return true;
    }

    private void dates(Pattern pattern, String text, int year, int month, int day, int line, List<Finding> findings) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(year)), month(m.group(month)),
                        Integer.parseInt(m.group(day)));
                if (birthDates.contains(date)) {
                    findings.add(new Finding(line, "date of birth", m.group()));
                }
            } catch (DateTimeException | NumberFormatException notADate) {
                // 2024-02-30, 19999999: not a date, so no one's birthday
            }
        }
    }

    private static int month(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(text.substring(0, 3))) {
                return month.getValue();
            }
        }
        throw new DateTimeException("Not a month: " + text);
    }

    private static void strings(JsonNode node, List<String> into) {
        if (node.isString()) {
            into.add(node.asString());
        } else if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                strings(child, into);
            }
        }
    }
}
