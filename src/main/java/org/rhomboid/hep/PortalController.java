package org.rhomboid.hep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.servlet.http.HttpServletResponse;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.exercise.domain.FigureRenderer;
import org.rhomboid.hep.domain.DiaryForm;
import org.rhomboid.hep.domain.Difficulty;
import org.rhomboid.hep.domain.SessionForm;
import org.rhomboid.hep.domain.SessionStatus;
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
 * The patient portal, phone-first, opened by the link's secret token alone: today's exercises moving on screen,
 * a form to log a session, and the pain diary. A form with a problem comes back with everything typed kept.
 */
@Controller
@OpenWithoutSignIn
class PortalController {

    private final PatientPortal portal;

    private final ClinicDates clinicDates;

    PortalController(PatientPortal portal, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.portal = portal;
    }

    @GetMapping("/portal/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, Map.of(), Map.of(), null, null, model, response);
    }

    @PostMapping("/portal/{token}/sessions")
    String logSession(@PathVariable String token, @RequestParam MultiValueMap<String, String> body, Model model,
                      HttpServletResponse response) {
        Map<String, List<String>> form = form(body);
        Optional<SessionForm.Checked> checked = portal.logSession(token, form, clinicDates.today());
        if (checked.isEmpty()) {
            return closed(response);
        }
        if (checked.get().valid()) {
            return page(token, Map.of(), Map.of(), "session", null, model, response);
        }
        return page(token, form, checked.get().errors(), null, "session", model, response);
    }

    @PostMapping("/portal/{token}/diary")
    String logDiary(@PathVariable String token, @RequestParam MultiValueMap<String, String> body, Model model,
                    HttpServletResponse response) {
        Map<String, List<String>> form = form(body);
        Optional<DiaryForm.Checked> checked = portal.logDiary(token, form, clinicDates.today());
        if (checked.isEmpty()) {
            return closed(response);
        }
        if (checked.get().valid()) {
            return page(token, Map.of(), Map.of(), "diary", null, model, response);
        }
        return page(token, form, checked.get().errors(), null, "diary", model, response);
    }

    private String page(String token, Map<String, List<String>> typed, Map<String, String> errors, String saved,
                        String failed, Model model, HttpServletResponse response) {
        Optional<PatientPortal.View> view = portal.open(token, clinicDates.today());
        if (view.isEmpty()) {
            return closed(response);
        }
        Map<String, String> figures = new LinkedHashMap<>();
        view.get().exercises().forEach(e -> figures.put(e.code(), FigureRenderer.animated(e)));
        Map<String, String> chosen = new LinkedHashMap<>();
        typed.forEach((name, values) -> chosen.put(name, values.isEmpty() ? "" : values.get(0)));
        model.addAttribute("token", token);
        model.addAttribute("v", view.get());
        model.addAttribute("figures", figures);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        model.addAttribute("failed", failed);
        model.addAttribute("today", clinicDates.today());
        model.addAttribute("statuses", SessionStatus.values());
        model.addAttribute("difficulties", Difficulty.values());
        return "portal/page";
    }

    /** Unknown, revoked and renewed links all look the same from outside. */
    private static String closed(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "portal/closed";
    }

    /** Only the portal's own short fields, so an oversized or hostile post can't bloat what is kept. */
    private static Map<String, List<String>> form(MultiValueMap<String, String> body) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        body.forEach((name, values) -> {
            if (name.length() <= 20 && values.size() <= 3 && !name.equals("_csrf")) {
                form.put(name, values.stream().map(v -> v == null ? "" : v).toList());
            }
        });
        return form;
    }
}
