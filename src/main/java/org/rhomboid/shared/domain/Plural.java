package org.rhomboid.shared.domain;

import java.util.Map;

/**
 * A number with its noun, in agreement: "1 day", "2 days", "0 visits", "1 unit". English rules, with the
 * irregular nouns a clinic writes.
 */
public final class Plural {

    private static final Map<String, String> IRREGULAR = Map.of("person", "people", "child", "children",
            "foot", "feet", "tooth", "teeth", "woman", "women", "man", "men", "is", "are", "was", "were",
            "has", "have");

    private Plural() {
    }

    /** "1 day", "2 days", "1.5 hours". */
    public static String of(long count, String noun) {
        return count + " " + noun(count, noun);
    }

    /** "1 reason", "3 reasons", with a plural given for an odd noun ("1 criterion", "2 criteria"). */
    public static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** The noun alone, agreeing with the count. */
    public static String noun(long count, String singular) {
        return count == 1 || count == -1 ? singular : plural(singular);
    }

    /** The regular English plural, or the irregular one: day → days, therapy → therapies, person → people. */
    public static String plural(String singular) {
        String irregular = IRREGULAR.get(singular);
        if (irregular != null) {
            return irregular;
        }
        String lower = singular.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return singular + "es";
        }
        return singular + "s";
    }
}
