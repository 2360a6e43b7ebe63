package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.FormReader;

/**
 * The patient's daily pain diary as typed on the phone (HEP-LOG in docs/clinical-sources.md). Fields: {@code date}
 * (yyyy-mm-dd, required, not in the future, at most 7 days ago), {@code pain} (0–10, required), {@code comment}
 * (≤ 500 characters). Every problem is reported at once, keyed by field.
 */
public final class DiaryForm {

    private DiaryForm() {
    }

    /** The entry when the form is valid (errors empty), else null with a message per field. */
    public record Checked(DiaryEntry entry, Map<String, String> errors) {

        public Checked {
            errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Checked check(Map<String, List<String>> form, LocalDate todayDate, DateWords words) {
        Objects.requireNonNull(todayDate, "todayDate");
        FormReader f = new FormReader(form == null ? Map.of() : form);
        LocalDate date = PatientFields.date(f, "date", null, todayDate, words);
        Integer pain = PatientFields.pain(f, "pain", true);
        String comment = PatientFields.comment(f, "comment");
        if (!f.errors().isEmpty()) {
            return new Checked(null, f.errors());
        }
        return new Checked(new DiaryEntry(date, pain, comment), Map.of());
    }
}
