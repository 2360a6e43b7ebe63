package org.rhomboid.outcome.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Responses checked against their instrument: the right number, each on the scale, and no more blanks (nulls)
 * than the instrument's missing-item rule allows. FABQ's blanks are checked by {@link FearAvoidance}, because
 * only its scored items must be answered.
 */
final class Responses {

    private final OutcomeInstrument instrument;
    private final List<Integer> values;

    private Responses(OutcomeInstrument instrument, List<Integer> values) {
        this.instrument = instrument;
        this.values = values;
    }

    static Responses check(OutcomeInstrument instrument, List<Integer> responses) {
        if (instrument == null) {
            throw new ScoringException("instrument", "Choose the instrument to score");
        }
        String name = instrument.name();
        if (responses == null) {
            throw new ScoringException("responses", "Give the " + name + " responses (" + shape(instrument) + ")");
        }
        List<Integer> values = Collections.unmodifiableList(new ArrayList<>(responses));
        if (!instrument.accepts(values.size())) {
            throw new ScoringException("responses", "The " + name + " takes " + shape(instrument) + "; got "
                    + values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            Integer value = values.get(i);
            if (value != null && (value < instrument.lowest() || value > instrument.highest())) {
                throw new ScoringException(ScoringException.response(i), Items.label(instrument, i) + " is scored "
                        + range(instrument) + "; got " + value);
            }
        }
        Responses checked = new Responses(instrument, values);
        if (checked.answered() == 0) {
            throw new ScoringException("responses", "Every " + name + " response is blank: nothing to score");
        }
        if (instrument != OutcomeInstrument.FABQ) {
            checked.checkBlanks();
        }
        return checked;
    }

    private void checkBlanks() {
        List<Integer> blanks = blanks();
        if (blanks.isEmpty()) {
            return;
        }
        String name = instrument.name();
        if (instrument == OutcomeInstrument.NPRS && values.size() == 3) {
            int first = blanks.get(0);
            throw new ScoringException(ScoringException.response(first), Items.label(instrument, first)
                    + " is blank: give all three ratings, or the current pain alone");
        }
        if (instrument.maxMissing() == 0) {
            int first = blanks.get(0);
            throw new ScoringException(ScoringException.response(first), Items.label(instrument, first)
                    + " is blank: the " + name + " is scored only when every response is given");
        }
        if (blanks.size() > instrument.maxMissing()) {
            String numbers = Items.numbers(blanks.stream().map(i -> i + 1).toList());
            throw new ScoringException("responses", blanks.size() + " " + name + " responses are blank (responses "
                    + numbers + "): the " + name + " can't be scored with more than " + instrument.maxMissing()
                    + " missing");
        }
    }

    OutcomeInstrument instrument() {
        return instrument;
    }

    int size() {
        return values.size();
    }

    boolean isBlank(int index) {
        return values.get(index) == null;
    }

    /** The response at zero-based {@code index}; only for a response that isn't blank. */
    int get(int index) {
        return values.get(index);
    }

    int answered() {
        return (int) values.stream().filter(v -> v != null).count();
    }

    int sum() {
        return values.stream().filter(v -> v != null).mapToInt(Integer::intValue).sum();
    }

    /** Zero-based indexes of the blank responses. */
    List<Integer> blanks() {
        List<Integer> blanks = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                blanks.add(i);
            }
        }
        return blanks;
    }

    private static String shape(OutcomeInstrument instrument) {
        if (instrument == OutcomeInstrument.NPRS) {
            return "1 response (pain now) or 3 responses (current, best and worst pain over 24 h), each "
                    + range(instrument);
        }
        String count = instrument.minItems() == instrument.maxItems()
                ? String.valueOf(instrument.minItems())
                : instrument.minItems() + " to " + instrument.maxItems();
        String noun = instrument.maxItems() == 1 ? "response" : "responses";
        return count + " " + noun + ", each " + range(instrument);
    }

    private static String range(OutcomeInstrument instrument) {
        return instrument.lowest() < 0
                ? instrument.lowest() + " to +" + instrument.highest()
                : instrument.lowest() + "–" + instrument.highest();
    }
}
