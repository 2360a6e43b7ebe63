package org.rhomboid.exercise;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rhomboid.exercise.domain.Dosage;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.Prop;

/** Between a clinic's own exercise and its form: what the edit page shows, and the props a preview draws. */
final class OwnExercises {

    private OwnExercises() {
    }

    static Map<String, List<String>> asForm(Exercise e) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        Dosage d = e.dosage();
        form.put("name", List.of(e.name()));
        form.put("category", List.of(e.category().name()));
        form.put("purpose", List.of(e.purpose()));
        form.put("steps", List.of(String.join("\n", e.steps())));
        form.put("progressions", List.of(String.join("\n", e.progressions())));
        form.put("regressions", List.of(String.join("\n", e.regressions())));
        form.put("cautions", List.of(String.join("\n", e.cautions())));
        form.put("sets", List.of(String.valueOf(d.sets())));
        form.put("reps", List.of(d.reps() == null ? "" : String.valueOf(d.reps())));
        form.put("holdSeconds", List.of(d.holdSeconds() == null ? "" : String.valueOf(d.holdSeconds())));
        form.put("minutes", List.of(d.minutes() == null ? "" : String.valueOf(d.minutes())));
        form.put("timesPerDay", List.of(String.valueOf(d.timesPerDay())));
        form.put("daysPerWeek", List.of(String.valueOf(d.daysPerWeek())));
        form.put("movements", e.movements().stream().map(Enum::name).toList());
        form.put("suits", e.suits().stream().map(Enum::name).toList());
        form.put("props", e.props().stream().map(Enum::name).toList());
        form.put("startPose", List.of(e.start().format()));
        form.put("endPose", List.of(e.end().format()));
        return form;
    }

    /** Known prop names only; anything else is ignored in a preview (the save reports it). */
    static Set<Prop> props(List<String> names) {
        Set<Prop> props = EnumSet.noneOf(Prop.class);
        for (String name : names == null ? List.<String>of() : names) {
            for (Prop p : Prop.values()) {
                if (p.name().equals(name)) {
                    props.add(p);
                }
            }
        }
        return props;
    }
}
