package org.rhomboid.hep;

import java.util.Map;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.ExerciseSafety;

/** One exercise row of the prescription form: its verdict for this patient and what the row holds now. */
public record PrescriptionRow(int index, ExerciseSafety.Verdict verdict, boolean suggested, boolean chosen,
                              Map<String, String> values, String figure) {

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public Exercise exercise() {
        return verdict.exercise();
    }
}
