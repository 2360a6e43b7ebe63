package org.rhomboid.billing.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the diagnoses on a claim: each code current and billable at full length (injury and fracture codes
 * need their 7th character, with X placeholders), and no Excludes1 pair together. Also suggests more specific
 * codes when the documented context fits. Sources: ICD-STRUCTURE, ICD-EXCL-*, ICD-DELETED.
 */
public final class IcdCheck {

    public enum ProblemType { UNKNOWN, NOT_BILLABLE, MISSING_7TH_CHARACTER, WRONG_7TH_CHARACTER, EXCLUDES1, DUPLICATE }

    public record Problem(ProblemType type, List<String> codes, String message) {}

    public record Hint(String code, List<String> suggestions, String message) {}

    public record Result(boolean valid, List<Problem> problems, List<Hint> hints) {}

    /**
     * What the chart documents, for specificity hints: the episode's mechanism, its screening findings and the
     * serious conditions screening has open (not cleared) concerns about, e.g. VERTEBRAL_FRACTURE.
     */
    public record Context(String mechanism, Set<String> findings, Set<String> concerns) {
        public static final Context NONE = new Context(null, Set.of(), Set.of());

        public Context(String mechanism, Set<String> findings) {
            this(mechanism, findings, Set.of());
        }
    }

    private IcdCheck() {
    }

    public static Result check(List<String> codes, Context context, IcdCodeSet set) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String entered : codes) {
            String bare = IcdCode.bare(entered);
            String shown = IcdCode.dotted(bare);
            if (!seen.add(bare)) {
                problems.add(new Problem(ProblemType.DUPLICATE, List.of(shown), shown + " is listed twice"));
                continue;
            }
            if (SeventhCharacter.needed(bare) && bare.length() < 7) {
                problems.add(new Problem(ProblemType.MISSING_7TH_CHARACTER, List.of(shown), shown
                        + " needs its 7th character (" + SeventhCharacter.allowed(bare).map(IcdCheck::letters)
                        .orElse("A initial, D subsequent, S sequela; fractures also B, G, K, P")
                        + "), with X placeholders to fill the 6th position, e.g. " + example(bare, set)));
                continue;
            }
            if (SeventhCharacter.needed(bare) && bare.length() == 7 && SeventhCharacter.allowed(bare)
                    .map(allowed -> allowed.indexOf(bare.charAt(6)) < 0).orElse(false)) {
                problems.add(new Problem(ProblemType.WRONG_7TH_CHARACTER, List.of(shown), shown + ": "
                        + SeventhCharacter.describe(bare) + " takes the 7th character "
                        + letters(SeventhCharacter.allowed(bare).orElseThrow()) + ", not " + bare.charAt(6)));
                continue;
            }
            var deleted = set.deleted(bare);
            if (deleted.isPresent()) {
                problems.add(new Problem(ProblemType.UNKNOWN, List.of(shown), deleted.get().advice()));
                continue;
            }
            var code = set.find(bare);
            if (code.isEmpty()) {
                problems.add(new Problem(ProblemType.UNKNOWN, List.of(shown), shown + " is not an ICD-10-CM code"));
            } else if (!code.get().billable()) {
                problems.add(new Problem(ProblemType.NOT_BILLABLE, List.of(shown), shown + " (" + code.get().description()
                        + ") is a category heading; report a complete code below it"));
            }
        }
        List<String> list = new ArrayList<>(seen);
        for (IcdCodeSet.Excludes1 rule : set.excludes1()) {
            for (String a : list) {
                for (String b : list) {
                    if (a.startsWith(rule.first()) && b.startsWith(rule.second())) {
                        problems.add(new Problem(ProblemType.EXCLUDES1, List.of(IcdCode.dotted(a), IcdCode.dotted(b)),
                                IcdCode.dotted(a) + " and " + IcdCode.dotted(b) + " can't be reported together (Excludes1): "
                                        + rule.note()));
                    }
                }
            }
        }
        return new Result(problems.isEmpty(), problems, hints(list, context, set));
    }

    /** Injury (S, T) and fracture codes carry an encounter 7th character (ICD-STRUCTURE, {@link SeventhCharacter}). */
    static boolean needsSeventhCharacter(String bare) {
        return SeventhCharacter.needed(bare);
    }

    /** "ADGS" → "A, D, G or S". */
    private static String letters(String allowed) {
        List<String> each = allowed.chars().mapToObj(c -> String.valueOf((char) c)).toList();
        return String.join(", ", each.subList(0, each.size() - 1)) + " or " + each.get(each.size() - 1);
    }

    /**
     * A real code to show as an example: the first billable initial-encounter code below the one typed, from the
     * code set; only when the set has none, the typed code padded with X placeholders.
     */
    private static String example(String bare, IcdCodeSet set) {
        return set.firstBillable(bare, 'A').map(c -> IcdCode.dotted(c.code())).orElseGet(() -> {
            StringBuilder padded = new StringBuilder(bare);
            while (padded.length() < 6) {
                padded.append('X');
            }
            return IcdCode.dotted(padded + "A");
        });
    }

    private static List<Hint> hints(List<String> codes, Context context, IcdCodeSet set) {
        List<Hint> hints = new ArrayList<>();
        for (IcdCodeSet.Hint hint : set.hints()) {
            for (String code : codes) {
                if (code.startsWith(hint.codePrefix()) && applies(hint.context(), context)
                        && hint.suggestions().stream().noneMatch(s -> codes.contains(IcdCode.bare(s)))) {
                    hints.add(new Hint(IcdCode.dotted(code), hint.suggestions(), hint.message()));
                }
            }
        }
        return hints;
    }

    /** Conditions joined by "+" must all hold; "!" before one negates it ("FINDING:OSTEOPOROSIS+!CONCERN:…"). */
    private static boolean applies(String conditions, Context context) {
        for (String condition : conditions.split("\\+")) {
            boolean negated = condition.startsWith("!");
            if (holds(negated ? condition.substring(1) : condition, context) == negated) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(String condition, Context context) {
        if (condition.equals("ANY")) {
            return true;
        }
        if (condition.startsWith("MECHANISM:")) {
            return context.mechanism() != null && List.of(condition.substring(10).split(",")).contains(context.mechanism());
        }
        if (condition.startsWith("FINDING:")) {
            return context.findings().contains(condition.substring(8));
        }
        if (condition.startsWith("CONCERN:")) {
            return context.concerns().contains(condition.substring(8));
        }
        return false;
    }
}
