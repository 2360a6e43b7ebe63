package org.rhomboid.intake;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.intake.domain.IntakeForm;
import org.rhomboid.link.Sent;
import org.rhomboid.web.OpenWithoutSignIn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The patient's side: no account, only the link's secret token (an opaque value, not an id). Works on a phone;
 * every change is saved as a draft, and submitting validates everything and locks it.
 */
@Controller
@OpenWithoutSignIn
class PatientIntakeController {

    private final IntakeService intakes;

    private final ClinicDates clinicDates;

    PatientIntakeController(IntakeService intakes, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.intakes = intakes;
    }

    @GetMapping("/intake/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<IntakeService.PatientView> view = intakes.open(token);
        if (view.isEmpty()) {
            return closed(response);
        }
        model.addAttribute("expiresAt", view.get().intake().expiresAt());
        return page(model, token, view.get().givenName(), view.get().intake().draft(), Map.of());
    }

    @PostMapping("/intake/{token}")
    String save(@PathVariable String token, @RequestParam MultiValueMap<String, String> body,
                @RequestParam(defaultValue = "save") String action, Model model,
                HttpServletResponse response) {
        IntakeForm form = IntakeFormPage.formOf(body);
        LocalDate today = clinicDates.today();
        if ("submit".equals(action)) {
            Optional<Sent<IntakeForm.Checked>> sent = intakes.submit(token, form, today);
            if (sent.isEmpty()) {
                return closed(response);
            }
            if (sent.get().alreadySent()) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return "intake/already-sent";
            }
            IntakeForm.Checked checked = sent.get().checked();
            if (checked.valid()) {
                return "intake/thanks";
            }
            model.addAttribute("submitFailed", true);
            return page(model, token, null, form, checked.errors());
        }
        Optional<Map<String, String>> problems = intakes.saveDraft(token, form, today);
        if (problems.isEmpty()) {
            return closed(response);
        }
        model.addAttribute("saved", true);
        return page(model, token, null, form, problems.get());
    }

    /** htmx autosave: a short status line, no page reload. */
    @PostMapping("/intake/{token}/draft")
    @ResponseBody
    String autosave(@PathVariable String token, @RequestParam MultiValueMap<String, String> body) {
        return intakes.saveDraft(token, IntakeFormPage.formOf(body), clinicDates.today())
                .map(problems -> problems.isEmpty() ? "Saved" : "Saved — " + problems.size()
                        + (problems.size() == 1 ? " answer needs" : " answers need") + " a look before you send")
                .orElse("This form can no longer be saved. Please contact the clinic.");
    }

    /** Unknown, used, expired and ended links (the episode no longer in care) all look the same from outside. */
    private String closed(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "intake/closed";
    }

    private String page(Model model, String token, String givenName, IntakeForm form, Map<String, String> errors) {
        model.addAttribute("givenName", givenName);
        return IntakeFormPage.show(model, "/intake/" + token, "/intake/" + token + "/draft", false, form, errors, clinicDates.today());
    }
}
