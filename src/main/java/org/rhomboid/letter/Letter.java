package org.rhomboid.letter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.rhomboid.episode.Episode;
import org.rhomboid.patient.Patient;

/**
 * A letter to the patient's referring provider: who it is about, the day it is written, and the therapist who
 * signed the document it is made from (and so signs the letter). Each kind adds what its body shows.
 */
public sealed interface Letter permits CertificationLetter, ReportLetter {

    LetterKind kind();

    /** The day the letter is written. */
    LocalDate date();

    Patient patient();

    Episode episode();

    /** The therapist who signed the source document. */
    String author();

    /** When the source document was signed. */
    OffsetDateTime signedAt();

    /** The plan's diagnoses, each as "code — description" when the code set knows it. */
    List<String> diagnoses();

    /** "Dr Ann Lee" when the patient's referring provider is on file, otherwise a generic addressee. */
    default String recipient() {
        String name = patient().referringProviderName();
        return name == null || name.isBlank() ? "The patient’s physician" : name;
    }

    default String salutation() {
        String name = patient().referringProviderName();
        return "Dear " + (name == null || name.isBlank() ? "colleague" : name) + ",";
    }
}
