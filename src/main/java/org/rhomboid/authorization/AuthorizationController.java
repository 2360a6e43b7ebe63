package org.rhomboid.authorization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.KeepsDemographics;
import org.rhomboid.authorization.domain.Authorization;
import org.rhomboid.authorization.domain.AuthorizationLedger;
import org.rhomboid.authorization.domain.VisitLimit;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A patient's prior authorizations and yearly visit limits, reached from the chart: listed with what each has left,
 * entered and corrected with a reason. Administrative like insurance: the front desk, billers, therapists,
 * assistants and administrators keep them ({@code KEEP_DEMOGRAPHICS}); the page shows counts, no clinical content.
 */
@Controller
@KeepsDemographics
class AuthorizationController {

    private final Authorizations authorizations;

    AuthorizationController(Authorizations authorizations) {
        this.authorizations = authorizations;
    }

    @GetMapping("/patients/{patientId}/authorizations")
    String page(@PathVariable UUID patientId, Model model) {
        return render(patientId, Map.of(), Map.of(), Map.of(), Map.of(), model);
    }

    @PostMapping("/patients/{patientId}/authorizations")
    String add(@PathVariable UUID patientId, @RequestParam MultiValueMap<String, String> params, Model model,
               RedirectAttributes redirect) {
        Map<String, List<String>> form = Forms.typed(params);
        Authorizations.Saved saved = authorizations.add(patientId, form);
        if (saved.valid()) {
            redirect.addFlashAttribute("notice", "Authorization added.");
            return "redirect:/patients/" + patientId + "/authorizations";
        }
        return render(patientId, Forms.firstValues(form), saved.errors(), Map.of(), Map.of(), model);
    }

    @PostMapping("/patients/{patientId}/visit-limits")
    String addLimit(@PathVariable UUID patientId, @RequestParam MultiValueMap<String, String> params, Model model,
                    RedirectAttributes redirect) {
        Map<String, List<String>> form = Forms.typed(params);
        Authorizations.Saved saved = authorizations.addLimit(patientId, form);
        if (saved.valid()) {
            redirect.addFlashAttribute("notice", "Visit limit added.");
            return "redirect:/patients/" + patientId + "/authorizations";
        }
        return render(patientId, Map.of(), Map.of(), Forms.firstValues(form), saved.errors(), model);
    }

    @GetMapping("/authorizations/{authorizationId}/correct")
    String correction(@PathVariable UUID authorizationId, Model model) {
        Authorization a = authorizations.find(authorizationId);
        return renderCorrection(a, typed(a), Map.of(), model);
    }

    @PostMapping("/authorizations/{authorizationId}/correct")
    String correct(@PathVariable UUID authorizationId, @RequestParam MultiValueMap<String, String> params,
                   Model model, RedirectAttributes redirect) {
        Map<String, List<String>> form = Forms.typed(params);
        Authorizations.Saved saved = authorizations.correct(authorizationId, form);
        Authorization a = authorizations.find(authorizationId);
        if (saved.valid()) {
            redirect.addFlashAttribute("notice", "Authorization " + a.number() + " corrected.");
            return "redirect:/patients/" + a.patientId() + "/authorizations";
        }
        return renderCorrection(a, Forms.firstValues(form), saved.errors(), model);
    }

    @GetMapping("/visit-limits/{limitId}/correct")
    String limitCorrection(@PathVariable UUID limitId, Model model) {
        VisitLimit limit = authorizations.findLimit(limitId);
        return renderLimitCorrection(limit, typed(limit), Map.of(), model);
    }

    @PostMapping("/visit-limits/{limitId}/correct")
    String correctLimit(@PathVariable UUID limitId, @RequestParam MultiValueMap<String, String> params, Model model,
                        RedirectAttributes redirect) {
        Map<String, List<String>> form = Forms.typed(params);
        Authorizations.Saved saved = authorizations.correctLimit(limitId, form);
        VisitLimit limit = authorizations.findLimit(limitId);
        if (saved.valid()) {
            redirect.addFlashAttribute("notice", "Visit limit corrected.");
            return "redirect:/patients/" + limit.patientId() + "/authorizations";
        }
        return renderLimitCorrection(limit, Forms.firstValues(form), saved.errors(), model);
    }

    private String render(UUID patientId, Map<String, String> typed, Map<String, String> errors,
                          Map<String, String> limitTyped, Map<String, String> limitErrors, Model model) {
        Authorizations.Overview overview = authorizations.overview(patientId);
        Map<String, String> authForm = new HashMap<>(typed);
        authForm.putIfAbsent("payerKind", overview.patient().primaryPayer().name());
        Map<String, String> limitForm = new HashMap<>(limitTyped);
        limitForm.putIfAbsent("payerKind", overview.patient().primaryPayer().name());
        limitForm.putIfAbsent("year", String.valueOf(overview.today().getYear()));
        model.addAttribute("overview", overview);
        model.addAttribute("patient", overview.patient());
        model.addAttribute("typed", authForm);
        model.addAttribute("errors", errors);
        model.addAttribute("limitTyped", limitForm);
        model.addAttribute("limitErrors", limitErrors);
        model.addAttribute("payers", Payer.values());
        model.addAttribute("runningOutVisits", AuthorizationLedger.RUNNING_OUT_VISITS);
        model.addAttribute("runningOutPercent", AuthorizationLedger.RUNNING_OUT_PERCENT);
        model.addAttribute("runningOutDays", AuthorizationLedger.RUNNING_OUT_DAYS);
        return "authorizations/page";
    }

    private String renderCorrection(Authorization a, Map<String, String> typed, Map<String, String> errors,
                                    Model model) {
        model.addAttribute("authorization", a);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("payers", Payer.values());
        return "authorizations/correct";
    }

    private String renderLimitCorrection(VisitLimit limit, Map<String, String> typed, Map<String, String> errors,
                                         Model model) {
        model.addAttribute("limit", limit);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("payers", Payer.values());
        return "authorizations/correct-limit";
    }


    private static Map<String, String> typed(Authorization a) {
        Map<String, String> typed = new HashMap<>();
        typed.put("number", a.number());
        typed.put("payerKind", a.payerKind().name());
        typed.put("payerName", a.payerName());
        typed.put("startDate", a.start().toString());
        typed.put("endDate", a.end().toString());
        typed.put("visitsAllowed", a.visitsAllowed() == null ? "" : a.visitsAllowed().toString());
        typed.put("unitsAllowed", a.unitsAllowed() == null ? "" : a.unitsAllowed().toString());
        typed.put("codes", String.join(", ", a.codes()));
        return typed;
    }

    private static Map<String, String> typed(VisitLimit l) {
        Map<String, String> typed = new HashMap<>();
        typed.put("payerKind", l.payerKind().name());
        typed.put("payerName", l.payerName());
        typed.put("year", String.valueOf(l.year()));
        typed.put("visitsAllowed", String.valueOf(l.visitsAllowed()));
        return typed;
    }
}
