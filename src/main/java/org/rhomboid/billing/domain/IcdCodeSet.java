package org.rhomboid.billing.domain;

import org.rhomboid.shared.domain.RuleTables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ICD-10-CM codes a clinic may report, with the rules that go with them: deleted codes, Excludes1 pairs
 * and specificity hints. The built-in set covers thoracic care; a full yearly release can replace the codes.
 */
public final class IcdCodeSet {

    /** A code no longer valid after {@code lastValid}, with what to use instead. */
    public record Deleted(String code, LocalDate lastValid, String advice) {}

    public record Excludes1(String first, String second, String note, String source) {}

    public record Hint(String codePrefix, String context, List<String> suggestions, String message) {}

    private static final IcdCodeSet BUILT_IN = new IcdCodeSet(loadCodes());

    private final Map<String, IcdCode> codes;
    private final Map<String, Deleted> deleted = new LinkedHashMap<>();
    private final List<Excludes1> excludes1 = new ArrayList<>();
    private final List<Hint> hints = new ArrayList<>();

    private IcdCodeSet(Collection<IcdCode> codes) {
        this.codes = new LinkedHashMap<>();
        codes.forEach(code -> this.codes.put(code.code(), code));
        for (String[] row : RuleTables.rows("/billing/icd10cm-deleted.tsv")) {
            deleted.put(row[0], new Deleted(row[0], LocalDate.parse(row[1]), row[2]));
        }
        for (String[] row : RuleTables.rows("/billing/icd10cm-excludes1.tsv")) {
            excludes1.add(new Excludes1(row[0], row[1], row[2], row[3]));
        }
        for (String[] row : RuleTables.rows("/billing/icd10cm-hints.tsv")) {
            hints.add(new Hint(row[0], row[1], List.of(row[2].split(",")), row[3]));
        }
    }

    public static IcdCodeSet builtIn() {
        return BUILT_IN;
    }

    /** A full release (from the CDC/CMS order file) with the built-in deletion, Excludes1 and hint tables. */
    public static IcdCodeSet of(Collection<IcdCode> release) {
        return new IcdCodeSet(release);
    }

    private static List<IcdCode> loadCodes() {
        return RuleTables.rows("/billing/icd10cm-codes.tsv").stream()
                .map(row -> new IcdCode(row[0], row[2], row[1].equals("1"))).toList();
    }

    /** A current code, billable or header; deleted and unknown codes are absent. */
    public Optional<IcdCode> find(String code) {
        String bare = IcdCode.bare(code);
        return deleted.containsKey(bare) ? Optional.empty() : Optional.ofNullable(codes.get(bare));
    }

    /** The first billable code below {@code prefix} (bare) whose 7th character is {@code seventh}, in file order. */
    public Optional<IcdCode> firstBillable(String prefix, char seventh) {
        return codes.values().stream().filter(c -> c.billable() && c.code().startsWith(prefix)
                && c.code().length() == 7 && c.code().charAt(6) == seventh && !deleted.containsKey(c.code())).findFirst();
    }

    /** Every code in the set (current and header codes). */
    public java.util.Collection<IcdCode> all() {
        return java.util.Collections.unmodifiableCollection(codes.values());
    }

    public Optional<Deleted> deleted(String code) {
        return Optional.ofNullable(deleted.get(IcdCode.bare(code)));
    }

    public List<Excludes1> excludes1() {
        return excludes1;
    }

    public List<Hint> hints() {
        return hints;
    }

    public int size() {
        return codes.size();
    }
}
