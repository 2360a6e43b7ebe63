package org.rhomboid.intake;

import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.WritesClinicalRecords;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.intake.domain.IntakeForm;
import org.rhomboid.shared.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The therapist takes the patient's intake for them when the patient did not fill in the link: from a paper
 * form, by phone, with an interpreter. The same form as the patient's, plus how the answers were taken.
 */
@Controller
@WritesClinicalRecords
class ClinicianIntakeController {

    private final IntakeService intakes;

    private final ClinicDates clinicDates;

    ClinicianIntakeController(IntakeService intakes, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.intakes = intakes;
    }

    @GetMapping("/episodes/{episodeId}/intake")
    String open(@PathVariable UUID episodeId, Model model) {
        IntakeService.ClinicianView view = intakes.toTakeForPatient(episodeId);
        return page(model, view, view.draft(), Map.of());
    }

    @PostMapping("/episodes/{episodeId}/intake")
    String save(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> body,
                @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        IntakeForm form = IntakeFormPage.formOf(body);
        if ("submit".equals(action)) {
            Map<String, String> errors = intakes.submitForPatient(episodeId, form, clinicDates.today());
            if (errors.isEmpty()) {
                // The episode page first: the answers may have raised a red flag that needs acknowledging.
                redirect.addFlashAttribute("notice", "Intake submitted and the episode screened on the patient’s answers.");
                return "redirect:/episodes/" + episodeId;
            }
            model.addAttribute("submitFailed", true);
            return page(model, intakes.toTakeForPatient(episodeId), form, errors);
        }
        Map<String, String> problems = intakes.saveDraftForPatient(episodeId, form, clinicDates.today());
        model.addAttribute("saved", true);
        return page(model, intakes.toTakeForPatient(episodeId), form, problems);
    }

    /** htmx autosave: a short status line, no page reload. */
    @PostMapping("/episodes/{episodeId}/intake/draft")
    @ResponseBody
    String autosave(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> body) {
        Map<String, String> problems;
        try {
            problems = intakes.saveDraftForPatient(episodeId, IntakeFormPage.formOf(body), clinicDates.today());
        } catch (ConflictException locked) {
            return locked.getMessage();
        }
        return problems.isEmpty() ? "Saved" : "Saved — " + problems.size()
                + (problems.size() == 1 ? " answer needs" : " answers need") + " a look before you submit";
    }

    private String page(Model model, IntakeService.ClinicianView view, IntakeForm form,
                               Map<String, String> errors) {
        model.addAttribute("episode", view.episode());
        model.addAttribute("patient", view.patient());
        String path = "/episodes/" + view.episode().id() + "/intake";
        return IntakeFormPage.show(model, path, path + "/draft", true, form, errors, clinicDates.today());
    }
}
