package org.rhomboid.shared.domain;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Sentences joined into a paragraph: each ends with one full stop (or the question or exclamation mark it has), never
 * two ("concern.." came from adding a stop to a sentence that had one), and parts that are blank are left out.
 */
public final class Sentences {

    private Sentences() {
    }

    /** The sentence with its closing punctuation: "Pain at night" → "Pain at night.", "Seen today." stays. */
    public static String end(String sentence) {
        if (sentence == null) {
            return "";
        }
        String s = sentence.strip();
        while (s.endsWith("..") && !s.endsWith("...")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            return s;
        }
        String last = s.replaceAll("[\"'”’)\\]]+$", "");
        if (last.endsWith(".") || last.endsWith("!") || last.endsWith("?") || last.endsWith(":")
                || last.endsWith("…")) {
            return s;
        }
        if (last.endsWith(",") || last.endsWith(";")) {
            return s.substring(0, last.length() - 1) + "." + s.substring(last.length());
        }
        return s + ".";
    }

    /** The sentences, each ended, separated by one space; blank ones are left out. */
    public static String join(Collection<String> sentences) {
        return sentences.stream().filter(Objects::nonNull).map(Sentences::end).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
    }

    public static String join(String... sentences) {
        return join(java.util.Arrays.asList(sentences));
    }

    /** A sentence without its closing full stop, to be a clause of a longer one: "Seen today." → "Seen today". */
    public static String clause(String sentence) {
        String s = sentence == null ? "" : sentence.strip();
        while (s.endsWith(".") && !s.endsWith("...")) {
            s = s.substring(0, s.length() - 1).stripTrailing();
        }
        return s;
    }

    /**
     * One sentence from a lead and its items, separated by semicolons and ended once:
     * ("Not signed yet", ["Save the plan.", "Set a goal"]) → "Not signed yet: Save the plan; Set a goal."
     */
    public static String listing(String lead, Collection<String> items) {
        String joined = items.stream().filter(Objects::nonNull).map(Sentences::clause).filter(s -> !s.isEmpty())
                .collect(Collectors.joining("; "));
        return end(joined.isEmpty() ? lead : lead + ": " + joined);
    }
}
