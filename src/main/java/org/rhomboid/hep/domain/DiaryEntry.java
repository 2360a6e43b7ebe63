package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.Objects;

/** The patient's daily pain diary: pain 0–10 (NPRS) and an optional comment. */
public record DiaryEntry(LocalDate date, int pain, String comment) {

    public DiaryEntry {
        Objects.requireNonNull(date, "date");
        Pain.check(pain);
    }
}
