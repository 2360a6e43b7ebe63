package org.rhomboid.outcome;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.link.Sent;
import org.rhomboid.outcome.domain.PatientAnswers;
import org.rhomboid.web.OpenWithoutSignIn;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patient's side of a measures link: no account, only the link's secret token. One phone-sized page with a
 * section per measure; sending checks every answer and keeps what was chosen when something is missing.
 */
@Controller
@OpenWithoutSignIn
class PatientMeasuresController {

    private final PatientMeasures measures;

    private final ClinicDates clinicDates;

    PatientMeasuresController(PatientMeasures measures, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.measures = measures;
    }

    @GetMapping("/measures/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<PatientMeasures.PatientView> view = measures.open(token);
        if (view.isEmpty()) {
            return closed(response);
        }
        return page(model, token, view.get(), Map.of(), Map.of());
    }

    @PostMapping("/measures/{token}")
    String submit(@PathVariable String token, @RequestParam MultiValueMap<String, String> body, Model model,
                  HttpServletResponse response) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        body.forEach((name, values) -> {
            if (name.length() <= 20 && values.size() <= 5) {
                form.put(name, values.stream().map(v -> v == null ? "" : v).toList());
            }
        });
        Optional<Sent<PatientAnswers.Checked>> sent = measures.submit(token, form, clinicDates.today());
        if (sent.isEmpty()) {
            return closed(response);
        }
        if (sent.get().alreadySent()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return "measures/already-sent";
        }
        PatientAnswers.Checked checked = sent.get().checked();
        if (checked.valid()) {
            return "measures/thanks";
        }
        Optional<PatientMeasures.PatientView> view = measures.open(token);
        if (view.isEmpty()) {
            return closed(response);
        }
        model.addAttribute("submitFailed", true);
        return page(model, token, view.get(), form, checked.errors());
    }

    /** Unknown, used, expired and ended links (the episode no longer in care) all look the same from outside. */
    private static String closed(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "measures/closed";
    }

    private static String page(Model model, String token, PatientMeasures.PatientView view,
                               Map<String, List<String>> typed, Map<String, String> errors) {
        Map<String, String> chosen = new LinkedHashMap<>();
        typed.forEach((name, values) -> chosen.put(name, values.isEmpty() ? "" : values.get(0)));
        model.addAttribute("token", token);
        model.addAttribute("givenName", view.givenName());
        model.addAttribute("questionnaires", view.questionnaires());
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        return "measures/form";
    }
}
