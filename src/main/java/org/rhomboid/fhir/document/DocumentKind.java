package org.rhomboid.fhir.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The documents Rhomboid keeps or makes as PDFs, with the LOINC document type each is given
 * (docs/clinical-sources.md, "FHIR document types"). Signed notes are rows of {@code note}; the letters to the
 * referring provider are made from a signed note of the episode; the handout from the programme in force.
 */
enum DocumentKind {
    INITIAL_EVALUATION("11488-4", "Consult note", "Initial evaluation", null),
    DAILY_NOTE("11508-9", "Physical therapy Progress note", "Daily note", null),
    PROGRESS_REPORT("11508-9", "Physical therapy Progress note", "Progress report", null),
    RE_EVALUATION("11488-4", "Consult note", "Re-evaluation", null),
    DISCHARGE_SUMMARY("18842-5", "Discharge summary", "Discharge summary", null),
    LETTER_PLAN_OF_CARE("51852-2", "Letter", "Plan of care for certification (letter)", "plan-of-care"),
    LETTER_PROGRESS("51852-2", "Letter", "Progress report (letter)", "progress"),
    LETTER_DISCHARGE("51852-2", "Letter", "Discharge summary (letter)", "discharge"),
    HEP_HANDOUT("34895-3", "Education note", "Home exercise programme handout", "hep");

    final String loinc;
    final String loincDisplay;
    final String title;
    /** The id suffix after the episode's id, for the documents that are not a row of their own. */
    final String suffix;

    DocumentKind(String loinc, String loincDisplay, String title, String suffix) {
        this.loinc = loinc;
        this.loincDisplay = loincDisplay;
        this.title = title;
        this.suffix = suffix;
    }

    boolean isNote() {
        return suffix == null;
    }

    static List<String> withCode(String code) {
        return Arrays.stream(values()).filter(k -> k.loinc.equals(code)).map(Enum::name).toList();
    }

    static Optional<DocumentKind> ofSuffix(String suffix) {
        return Arrays.stream(values()).filter(k -> suffix.equals(k.suffix)).findFirst();
    }
}
