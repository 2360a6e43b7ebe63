package org.rhomboid.outcome.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The patient-facing wording of a copyrighted instrument, as a clinic holding a licence loads it (QUESTIONNAIRE-
 * LICENCE): Rhomboid ships the scoring of the NDI, ODI, FABQ and FRI but not their wording. A plain-text file, one
 * per instrument:
 *
 * <pre>
 * # a comment
 * heading: How your back pain affects daily life
 * instructions: For each section choose the one answer that best describes you today.
 * ? Pain intensity
 * ~ If this doesn't apply to you, leave this question out.   (optional: the item may be left blank)
 * - I have no pain at the moment                                (the answers, from the lowest score up)
 * - …
 * </pre>
 *
 * It is read only if it has exactly the instrument's items, each with exactly one answer per score of the scale,
 * so the scoring rules apply unchanged to what the patient chooses.
 */
public record LicensedWording(OutcomeInstrument instrument, String heading, String instructions, List<Item> items) {

    /** Instruments whose wording Rhomboid may not redistribute; see docs/clinical-sources.md QUESTIONNAIRE-LICENCE. */
    public static final Set<OutcomeInstrument> NEEDED_FOR = EnumSet.of(OutcomeInstrument.NDI, OutcomeInstrument.ODI,
            OutcomeInstrument.FABQ, OutcomeInstrument.FRI);

    /** Largest file accepted: ample for 16 items of 7 answers, small enough to keep in a row. */
    public static final int MAX_BYTES = 64 * 1024;
    static final int MAX_LINE = 500;
    private static final int MAX_PROBLEMS = 5;

    /** One item: the question, an optional hint that it may be left out, and its answers from the lowest score. */
    public record Item(String question, String skipHint, List<String> answers) {}

    /** The wording read, or what is wrong with the file, in words an administrator follows; never both. */
    public record Read(Optional<LicensedWording> wording, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public static boolean needed(OutcomeInstrument instrument) {
        return NEEDED_FOR.contains(instrument);
    }

    /** Reads and checks a file's text against the instrument's scoring (items and answers per item). */
    public static Read read(OutcomeInstrument instrument, String text) {
        List<String> problems = new ArrayList<>();
        if (!needed(instrument)) {
            return refused("Rhomboid ships the " + instrument.name() + "'s wording; there is nothing to load.");
        }
        if (text == null || text.isBlank()) {
            return refused("The file is empty.");
        }
        if (text.indexOf('\0') >= 0 || text.indexOf('\uFFFD') >= 0) {
            return refused("The file is not plain text in UTF-8: save it as UTF-8 text and try again.");
        }
        String heading = null;
        String instructions = null;
        List<String> questions = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        List<List<String>> answers = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            int lineNumber = n + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.length() > MAX_LINE) {
                problems.add("Line " + lineNumber + " is longer than " + MAX_LINE + " characters.");
                continue;
            }
            if (line.toLowerCase().startsWith("heading:")) {
                heading = line.substring(8).strip();
            } else if (line.toLowerCase().startsWith("instructions:")) {
                instructions = line.substring(13).strip();
            } else if (line.startsWith("?")) {
                questions.add(line.substring(1).strip());
                hints.add(null);
                answers.add(new ArrayList<>());
                if (questions.get(questions.size() - 1).isEmpty()) {
                    problems.add("Line " + lineNumber + " starts a question but has no text after the “?”.");
                }
            } else if (line.startsWith("~") || line.startsWith("-")) {
                if (questions.isEmpty()) {
                    problems.add("Line " + lineNumber + " comes before the first question (a line starting with “?”).");
                } else if (line.startsWith("~")) {
                    hints.set(hints.size() - 1, line.substring(1).strip());
                } else if (line.substring(1).isBlank()) {
                    problems.add("Line " + lineNumber + " is an answer without text after the “-”.");
                } else {
                    answers.get(answers.size() - 1).add(line.substring(1).strip());
                }
            } else {
                problems.add("Line " + lineNumber + " is not understood: start it with “?” for a question, “-” for an "
                        + "answer, “~” for an optional item's hint, “heading:”, “instructions:” or “#”.");
            }
        }
        int expectedItems = instrument.maxItems();
        int expectedAnswers = instrument.highest() - instrument.lowest() + 1;
        if (questions.size() != expectedItems) {
            problems.add("The " + instrument.name() + " has " + expectedItems + " items; this file has "
                    + questions.size() + ".");
        }
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).size() != expectedAnswers) {
                problems.add("Question " + (i + 1) + " has " + answers.get(i).size() + " answers; the "
                        + instrument.name() + " scores each item " + instrument.lowest() + " to " + instrument.highest()
                        + ", so it needs " + expectedAnswers + ", from the lowest score up.");
            }
        }
        if (heading == null || heading.isEmpty()) {
            problems.add("The file has no “heading:” line (the title the patient sees).");
        }
        if (!problems.isEmpty()) {
            return new Read(Optional.empty(), List.copyOf(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size()))));
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            items.add(new Item(questions.get(i), hints.get(i), List.copyOf(answers.get(i))));
        }
        return new Read(Optional.of(new LicensedWording(instrument, heading,
                instructions == null ? "" : instructions, List.copyOf(items))), List.of());
    }

    private static Read refused(String problem) {
        return new Read(Optional.empty(), List.of(problem));
    }

    /** The form the patient sees, in the instrument's item order, each answer scoring its place on the scale. */
    public Questionnaire questionnaire() {
        List<Questionnaire.Question> questions = new ArrayList<>();
        for (Item item : items) {
            List<Questionnaire.Answer> choices = new ArrayList<>();
            for (int i = 0; i < item.answers().size(); i++) {
                choices.add(new Questionnaire.Answer(instrument.lowest() + i, item.answers().get(i)));
            }
            questions.add(new Questionnaire.Question(item.question(), item.skipHint(), item.skipHint() != null,
                    List.copyOf(choices)));
        }
        return new Questionnaire(instrument, heading, instructions, List.copyOf(questions));
    }
}
