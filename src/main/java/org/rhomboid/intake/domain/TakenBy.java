package org.rhomboid.intake.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who took the patient's intake answers for them, and how, when the patient did not fill in the form themselves
 * (a paper form, a phone call, an interpreter). The evaluation names it, so a reader knows whose words they are.
 *
 * @param interpreter null when no interpreter helped
 */
public record TakenBy(String name, Way way, Interpreter interpreter) {

    public static final int NAME_LIMIT = 200;
    public static final int LANGUAGE_LIMIT = 100;

    public enum Way {
        PAPER_FORM("From the patient’s paper form", "entered", "from the patient’s paper form"),
        PHONE("By phone", "taken", "by phone"),
        IN_PERSON("In person", "taken", "in person");

        private final String label;
        private final String verb;
        private final String phrase;

        Way(String label, String verb, String phrase) {
            this.label = label;
            this.verb = verb;
            this.phrase = phrase;
        }

        public String label() {
            return label;
        }
    }

    /** The interpreter who helped: a name or an agency's ID number, and the language. */
    public record Interpreter(String name, String language) {}

    /** The "how" of a clinician's form when it is complete, otherwise a message per field. */
    public record Checked(Way way, Interpreter interpreter, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }

        public TakenBy by(String name) {
            if (!valid()) {
                throw new IllegalStateException("Check the form first");
            }
            return new TakenBy(name, way, interpreter);
        }
    }

    /** "Intake taken by Dana Whitfield, PT by phone (interpreter: Ana Ruiz, Spanish)." */
    public String sentence() {
        return "Intake " + way.verb + " by " + name + " " + way.phrase
                + (interpreter == null ? "" : " (interpreter: " + interpreter.name() + ", " + interpreter.language() + ")")
                + ".";
    }

    /** Reads "How were the answers taken?" from the clinician's intake form: {@code takenBy}, {@code interpreter}… */
    public static Checked check(IntakeForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Way way = null;
        try {
            way = form.value("takenBy").isEmpty() ? null : Way.valueOf(form.value("takenBy"));
        } catch (IllegalArgumentException unknown) {
            // reported below, like a missing answer
        }
        if (way == null) {
            errors.put("takenBy", "Say how you took the patient’s answers");
        }
        boolean interpreted = form.value("interpreter").equals("yes");
        String name = form.value("interpreterName");
        String language = form.value("interpreterLanguage");
        Interpreter interpreter = null;
        if (interpreted) {
            if (name.isEmpty()) {
                errors.put("interpreterName", "Give the interpreter’s name or ID number");
            } else if (name.length() > NAME_LIMIT) {
                errors.put("interpreterName", "Use at most " + NAME_LIMIT + " characters");
            }
            if (language.isEmpty()) {
                errors.put("interpreterLanguage", "Give the language interpreted");
            } else if (language.length() > LANGUAGE_LIMIT) {
                errors.put("interpreterLanguage", "Use at most " + LANGUAGE_LIMIT + " characters");
            }
            interpreter = new Interpreter(name, language);
        } else if (!name.isEmpty() || !language.isEmpty()) {
            errors.put("interpreter", "Tick “With an interpreter”, or clear the interpreter’s name and language");
        }
        return new Checked(way, errors.isEmpty() ? interpreter : null, errors);
    }
}
