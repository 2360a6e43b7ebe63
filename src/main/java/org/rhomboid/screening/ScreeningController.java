package org.rhomboid.screening;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.access.WritesClinicalRecords;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The therapist's part of screening: examination findings (which re-run the screen) and acknowledging each
 * concern with a note. Clinical judgement, so physical therapists (and administrators who are PTs) only.
 */
@Controller
@WritesClinicalRecords
class ScreeningController {

    private final ScreeningService screening;

    ScreeningController(ScreeningService screening) {
        this.screening = screening;
    }

    @PostMapping("/episodes/{episodeId}/exam-findings")
    String examFindings(@PathVariable UUID episodeId, @RequestParam(name = "finding", required = false) List<String> codes,
                        RedirectAttributes redirect) {
        EnumSet<Finding> findings = EnumSet.noneOf(Finding.class);
        for (String code : codes == null ? List.<String>of() : codes) {
            try {
                findings.add(Finding.valueOf(code));
            } catch (IllegalArgumentException unknown) {
                redirect.addFlashAttribute("examError", "Unknown finding; choose from the list");
                return "redirect:/episodes/" + episodeId + "#exam";
            }
        }
        screening.recordExamFindings(episodeId, findings);
        redirect.addFlashAttribute("notice", "Examination findings recorded; screening re-run.");
        return "redirect:/episodes/" + episodeId;
    }

    @PostMapping("/screenings/{screeningId}/acknowledgements")
    String acknowledge(@PathVariable UUID screeningId, @RequestParam UUID episodeId, @RequestParam String condition,
                       @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        try {
            screening.acknowledge(screeningId, Condition.valueOf(condition), note);
            redirect.addFlashAttribute("notice", "Concern acknowledged.");
        } catch (FieldProblemException | IllegalArgumentException problem) {
            // Back to the form with the message beside the note, and the note as typed.
            redirect.addFlashAttribute("ackError", problem instanceof FieldProblemException f ? f.getMessage()
                                                                                              : "Unknown concern");
            redirect.addFlashAttribute("ackCondition", condition);
            redirect.addFlashAttribute("ackNote", note);
        }
        return "redirect:/episodes/" + episodeId + "#concerns";
    }
}
