package org.rhomboid.hep;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.document.PdfRenderer;
import org.springframework.stereotype.Component;

/** The home exercise programme handout as its PDF: the programme page's download and the FHIR Binary both use it. */
@Component
public class HandoutPdfs {

    private final Handouts handouts;
    private final PdfRenderer documents;

    HandoutPdfs(Handouts handouts, PdfRenderer documents) {
        this.handouts = handouts;
        this.documents = documents;
    }

    /** The handout of the programme in force on the day, without a portal link; 409 when there is none. */
    public byte[] render(UUID episodeId, LocalDate today) {
        return render(handouts.handout(episodeId, null, today));
    }

    byte[] render(Handouts.Handout handout) {
        return documents.render("documents/handout", Map.of("clinic", handout.clinic(), "h", handout));
    }
}
