package org.rhomboid.payer.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The payer directory as a CSV file (RFC 4180: comma-separated, double quotes around fields that need them), to
 * move it between clinics or fill it from a clearinghouse's list. Columns are found by their heading, in any order;
 * yes/no columns take yes, no, true, false, y, n, 1 or 0. Each row is checked like the form; a file with any bad
 * row is refused whole, with every problem listed by line, so a directory is never half imported.
 */
public final class PayerCsv {

    /** Heading → form field, in the order an export writes them. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("name", "name");
        COLUMNS.put("payer_id", "payerId");
        COLUMNS.put("filing_indicator", "filingIndicator");
        COLUMNS.put("address", "addressLine");
        COLUMNS.put("city", "city");
        COLUMNS.put("state", "state");
        COLUMNS.put("zip", "postalCode");
        COLUMNS.put("phone", "phone");
        COLUMNS.put("unit_rule", "unitMethod");
        COLUMNS.put("distinct_modifier", "distinctModifier");
        COLUMNS.put("medicare_rules", "medicareRules");
        COLUMNS.put("ncci", "ncci");
        COLUMNS.put("timely_filing_days", "timelyFilingDays");
        COLUMNS.put("prior_authorization", "priorAuthorization");
        COLUMNS.put("active", "active");
    }

    private static final Set<String> YES_NO = Set.of("medicareRules", "ncci", "priorAuthorization", "active");
    public static final int MAX_ROWS = 2000;

    /** A file read: the payers it holds, or the problems that keep it out (line number and words). */
    public record Read(List<PayerProfile> payers, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private PayerCsv() {
    }

    public static String write(List<PayerProfile> payers) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS.keySet())).append("\r\n");
        for (PayerProfile p : payers) {
            Map<String, String> typed = PayerForm.typed(p);
            List<String> cells = new ArrayList<>();
            for (String field : COLUMNS.values()) {
                String v = typed.getOrDefault(field, "");
                cells.add(quote(YES_NO.contains(field) ? (v.isEmpty() ? "no" : "yes") : v));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    public static Read read(String text) {
        List<List<String>> rows = rows(text == null ? "" : text.replace("\uFEFF", ""));
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            return new Read(List.of(), List.of("The file is empty: the first line names the columns"));
        }
        List<String> heading = rows.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String required : List.of("name", "payer_id", "filing_indicator")) {
            if (!heading.contains(required)) {
                problems.add("Line 1: the column \"" + required + "\" is missing");
            }
        }
        for (String h : heading) {
            if (!h.isEmpty() && !COLUMNS.containsKey(h)) {
                problems.add("Line 1: \"" + h + "\" is not a column of the payer directory");
            }
        }
        if (!problems.isEmpty()) {
            return new Read(List.of(), problems);
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return new Read(List.of(), List.of("The file has " + (rows.size() - 1) + " payers; at most " + MAX_ROWS
                    + " at a time"));
        }
        List<PayerProfile> payers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = r + 1;
            Map<String, List<String>> form = new LinkedHashMap<>();
            // Columns left out take the defaults of the payer's kind, as the form's first showing does.
            FilingIndicator.ofCode(cell(row, heading.indexOf("filing_indicator")))
                    .ifPresent(f -> PayerForm.defaults(f).forEach((k, v) -> form.put(k, List.of(v))));
            for (int c = 0; c < heading.size(); c++) {
                String field = COLUMNS.get(heading.get(c));
                if (field != null) {
                    String v = cell(row, c);
                    form.put(field, List.of(YES_NO.contains(field) ? yesNo(v, line, heading.get(c), problems) : v));
                }
            }
            PayerForm.Checked checked = PayerForm.check(form, null);
            if (!checked.valid()) {
                checked.errors().forEach((field, message) -> problems.add("Line " + line + ", " + label(field) + ": "
                        + message));
            } else if (!names.add(checked.payer().name().toLowerCase(Locale.ROOT))) {
                problems.add("Line " + line + ": \"" + checked.payer().name() + "\" appears twice in the file");
            } else {
                payers.add(checked.payer());
            }
        }
        return problems.isEmpty() ? new Read(payers, List.of()) : new Read(List.of(), problems);
    }

    private static String label(String field) {
        return PayerForm.FIELDS.stream().filter(f -> f.name().equals(field)).map(PayerForm.Field::label).findFirst()
                .orElse(field);
    }

    private static String yesNo(String v, int line, String column, List<String> problems) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("no") || s.equals("n") || s.equals("false") || s.equals("0")) {
            return "";
        }
        if (s.equals("yes") || s.equals("y") || s.equals("true") || s.equals("1")) {
            return "yes";
        }
        problems.add("Line " + line + ", " + column + ": write yes or no");
        return "";
    }

    private static String cell(List<String> row, int index) {
        String v = index >= 0 && index < row.size() ? row.get(index).strip() : "";
        // The quote mark an export put before a leading = + - @ (see quote) comes off again.
        return v.length() > 1 && v.charAt(0) == '\'' && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    private static String quote(String v) {
        // A leading = + - @ would be read as a formula by a spreadsheet; a quote mark before it keeps it text.
        String safe = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** RFC 4180 rows: quoted fields may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            any = true;
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                any = false;
            } else {
                cell.append(ch);
            }
        }
        if (any) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
