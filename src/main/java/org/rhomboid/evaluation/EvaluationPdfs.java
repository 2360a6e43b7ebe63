package org.rhomboid.evaluation;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.document.PdfRenderer;
import org.rhomboid.intake.BodyChart;
import org.rhomboid.screening.RedFlagStatements;
import org.rhomboid.settings.ClinicSettings;
import org.springframework.stereotype.Component;

/**
 * The signed initial evaluation as its PDF: letterhead, patient on every page, page numbers, the note as signed with
 * the intake's body chart, and the signature. The evaluation page's download and the FHIR Binary both use it.
 */
@Component
public class EvaluationPdfs {

    private final EvaluationService evaluations;
    private final ClinicSettings clinic;
    private final PdfRenderer documents;
    private final RedFlagStatements redFlags;
    private final ClinicDates clinicDates;

    EvaluationPdfs(EvaluationService evaluations, ClinicSettings clinic, PdfRenderer documents,
                   RedFlagStatements redFlags, ClinicDates clinicDates) {
        this.evaluations = evaluations;
        this.clinic = clinic;
        this.documents = documents;
        this.redFlags = redFlags;
        this.clinicDates = clinicDates;
    }

    /** The episode's signed evaluation; 409 before it is signed. */
    public byte[] render(UUID episodeId) {
        return render(evaluations.document(episodeId, clinicDates.today()));
    }

    byte[] render(EvaluationDocument doc) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("clinic", clinic.current());
        variables.put("doc", doc);
        variables.put("back", BodyChart.BACK);
        variables.put("front", BodyChart.FRONT);
        // The red flags and precautions in force when the evaluation was signed.
        variables.put("safety", redFlags.asOf(doc.episode(), doc.evaluation().signedAt()));
        return documents.render("documents/evaluation", variables);
    }
}
