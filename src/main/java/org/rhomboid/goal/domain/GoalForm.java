package org.rhomboid.goal.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.shared.domain.FormReader;

/** A goal as typed into the plan's goal form; numbers and dates are read here, the SMART rules in GoalCheck. */
public record GoalForm(Map<String, List<String>> fields) {

    public static final int TEXT_LIMIT = 300;

    public record Read(SmartGoal goal, Map<String, String> errors) {}

    public GoalForm {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fields.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        fields = Map.copyOf(copy);
    }

    public Read read() {
        FormReader f = new FormReader(fields);
        Instrument instrument = f.choice("instrument", Instrument.class);
        SmartGoal goal = new SmartGoal(f.text("activity", TEXT_LIMIT), instrument,
                f.number("baseline", -1_000_000, 1_000_000, "a number"),
                f.number("target", -1_000_000, 1_000_000, "a number"),
                f.date("deadline", LocalDate.of(2000, 1, 1), LocalDate.of(2200, 1, 1), "Enter a real date"),
                f.text("participation", TEXT_LIMIT), f.text("relevantTo", TEXT_LIMIT),
                f.choice("term", SmartGoal.Term.class));
        return new Read(goal, Map.copyOf(f.errors()));
    }
}
