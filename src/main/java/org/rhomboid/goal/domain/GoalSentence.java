package org.rhomboid.goal.domain;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rhomboid.shared.domain.DateWords;

/**
 * Builds the goal sentence a physician, an auditor and the patient read ("Patient will carry a grocery bag from the
 * car with NPRS ≤ 3/10 (baseline 7/10) by Jan 6, 2027, to return to full-time desk work.") from whatever the
 * therapist typed. The form asks for a verb phrase, but goals stored before it did (and therapists' habits) include
 * "To carry…", "Be able to carry…", "Patient will carry…", "Carries…", a trailing full stop, or an impairment
 * such as "Pain at worst during daily chores" — those read "Patient will improve pain at worst … to NPRS ≤ 3/10".
 * Openings alone ("Patient will") count as nothing typed. Missing parts are left out, so the same class shows the sentence live while the form is being filled in.
 */
public final class GoalSentence {


    /** Openings that repeat what the sentence already says ("Patient will …", "to …", "be able to …"). */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:the\\s+)?(?:patient|pt\\.?|client)\\s+)?(?:(?:will|shall|should|can|to)\\s+)?"
                    + "(?:(?:be|is|are)\\s+able\\s+to\\s+|able\\s+to\\s+)?", Pattern.CASE_INSENSITIVE);
    /** Openings of the participation ("so that the patient can …", "in order to …"). */
    private static final Pattern PURPOSE_LEAD = Pattern.compile(
            "^(?:(?:so\\s+(?:that\\s+)?|in\\s+order\\s+)?(?:(?:the\\s+)?(?:patient|pt\\.?|client|he|she|they)\\s+)?"
                    + "(?:(?:can|could|will|may)\\s+)?(?:be\\s+able\\s+to\\s+)?(?:to\\s+)?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("[\\s.,;:!]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** First words that open a noun phrase (an impairment or a measure), not an action. */
    private static final Set<String> NOUN_OPENINGS = Set.of(
            "pain", "symptoms", "symptom", "stiffness", "strength", "endurance", "mobility", "posture", "range",
            "flexibility", "tolerance", "function", "disability", "headache", "headaches", "ache", "aching",
            "thoracic", "cervical", "lumbar", "rib", "neck", "back", "shoulder", "trunk", "spine", "spinal", "left",
            "right", "bilateral", "upper", "lower", "mid", "overall", "average", "worst", "best", "current", "daily",
            "deep", "grip", "score", "the", "a", "an", "his", "her", "their", "my", "patient's", "pt's", "sleep",
            "fear", "kyphosis", "rotation", "extension", "flexion", "balance", "activity", "activities", "work",
            "ability", "independence", "participation", "quality", "psfs", "nprs", "ndi", "odi", "fri", "rom",
            "full-time", "part-time", "full", "part", "independent", "normal", "household", "community", "leisure",
            "recreational", "sport", "sports", "golf", "tennis", "self-care", "adl", "adls");
    /** Verbs ending in -ing that are not gerunds. */
    private static final Set<String> ING_VERBS = Set.of("bring", "sing", "swing", "sting", "string", "cling",
            "fling", "wring", "ring", "spring");
    /** Verbs ending in -s whose base form keeps it. */
    private static final Set<String> S_VERBS = Set.of("press", "dress", "toss", "pass", "cross", "access", "focus",
            "discuss", "kiss", "guess", "miss", "bless", "address", "process", "bus", "gas");
    /** Nouns that can also open an action and then read as verbs ("work at the desk"). */
    private static final Set<String> ALSO_VERBS = Set.of("work", "sleep", "balance", "function");

    private GoalSentence() {
    }

    /** The whole sentence; any part may be null or blank while the form is being filled in. */
    public static String of(String activity, Instrument instrument, Double baseline, Double target,
                            LocalDate deadline, String participation, DateWords words) {
        StringBuilder s = new StringBuilder("Patient will");
        String measure = measure(instrument, baseline, target);
        Phrase what = Phrase.read(activity, LEAD);
        if (what.isEmpty()) {
            s.append(" …");
            if (measure != null) {
                s.append(" with ").append(measure);
            }
        } else if (what.action()) {
            s.append(' ').append(what.text());
            if (measure != null) {
                s.append(" with ").append(measure);
            }
        } else {
            s.append(" improve ").append(what.text());
            if (measure != null) {
                s.append(" to ").append(measure);
            }
        }
        if (deadline != null) {
            s.append(" by ").append(words.day(deadline));
        }
        Phrase why = Phrase.read(participation, PURPOSE_LEAD);
        if (!why.isEmpty()) {
            s.append(", ").append(why.action() ? "to " : "for ").append(why.text());
        }
        return s.charAt(s.length() - 1) == '…' ? s.toString() : s.append('.').toString();
    }

    /** "NPRS ≤ 3/10 (baseline 7/10)", or as much of it as is known; null when there is no instrument. */
    private static String measure(Instrument instrument, Double baseline, Double target) {
        if (instrument == null) {
            return null;
        }
        StringBuilder m = new StringBuilder(instrument.label());
        if (target != null) {
            m.append(instrument.higherIsBetter() ? " ≥ " : " ≤ ").append(number(target)).append(instrument.unit());
        }
        if (baseline != null) {
            m.append(" (baseline ").append(number(baseline)).append(instrument.unit()).append(')');
        }
        return m.toString();
    }

    private static String number(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    /** A cleaned phrase and whether it reads as an action (a verb phrase) or as a thing (a noun phrase). */
    record Phrase(String text, boolean action) {

        static Phrase read(String typed, Pattern lead) {
            if (typed == null) {
                return new Phrase("", true);
            }
            String text = SPACES.matcher(typed.strip()).replaceAll(" ");
            text = TRAILING.matcher(text).replaceAll("");
            String stripped = lead.matcher(text + " ").replaceFirst("");
            text = TRAILING.matcher(stripped.strip()).replaceAll("");
            if (text.isEmpty()) {
                return new Phrase("", true);
            }
            String[] words = text.split(" ", 2);
            String first = words[0];
            String rest = words.length > 1 ? " " + words[1] : "";
            String lower = first.toLowerCase(Locale.ROOT);
            boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))
                    && first.chars().anyMatch(Character::isLetter);
            boolean noun = acronym || Character.isDigit(first.charAt(0))
                    || NOUN_OPENINGS.contains(lower) && !(ALSO_VERBS.contains(lower) && verbContext(rest))
                    || lower.endsWith("ing") && !ING_VERBS.contains(lower)
                    || List.of("ness", "ity", "ion", "ance", "ence", "ment").stream().anyMatch(lower::endsWith);
            String head = acronym || lower.equals("i") ? first : lower;
            if (!noun) {
                head = base(head);
            }
            return new Phrase(head + rest, !noun);
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        /** "work at a desk", "sleep through the night": a noun-looking opening followed by what follows a verb. */
        private static boolean verbContext(String rest) {
            String r = rest.strip().toLowerCase(Locale.ROOT);
            return r.isEmpty() || r.matches("^(at|in|on|through|for|from|to|with|without|up|out|full|part|\\d).*");
        }

        /** "carries" → "carry", "walks" → "walk": after "will" the verb takes its base form. */
        private static String base(String verb) {
            if (S_VERBS.contains(verb) || verb.length() < 4 || verb.endsWith("ss") || verb.endsWith("us")
                    || verb.endsWith("is") || !verb.endsWith("s")) {
                return verb;
            }
            if (verb.endsWith("ies")) {
                return verb.substring(0, verb.length() - 3) + "y";
            }
            if (verb.matches(".*(sh|ch|x|z|ss)es$")) {
                return verb.substring(0, verb.length() - 2);
            }
            return verb.substring(0, verb.length() - 1);
        }
    }
}
