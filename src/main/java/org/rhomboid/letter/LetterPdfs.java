package org.rhomboid.letter;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.document.PdfRenderer;
import org.rhomboid.screening.RedFlagStatements;
import org.rhomboid.settings.ClinicSettings;
import org.springframework.stereotype.Component;

/** A letter to the referring provider as its PDF: the letter page's download and the FHIR Binary both use it. */
@Component
public class LetterPdfs {

    private final Letters letters;
    private final ClinicSettings clinic;
    private final PdfRenderer documents;
    private final RedFlagStatements redFlags;

    LetterPdfs(Letters letters, ClinicSettings clinic, PdfRenderer documents, RedFlagStatements redFlags) {
        this.letters = letters;
        this.clinic = clinic;
        this.documents = documents;
        this.redFlags = redFlags;
    }

    /** The letter of the kind for the episode, written on the day given; 409 when its source is not signed. */
    public byte[] render(UUID episodeId, LetterKind kind, LocalDate today) {
        return render(letters.write(episodeId, kind, today));
    }

    byte[] render(Letter letter) {
        // A letter is written today: it states the red flags and precautions as they stand now.
        return documents.render("documents/letter", Map.of("clinic", clinic.current(), "letter", letter,
                "safety", redFlags.current(letter.episode())));
    }
}
