package org.rhomboid.denial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.Bills;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.denial.domain.WorkedAction;
import org.rhomboid.document.PdfDownload;
import org.rhomboid.document.PdfRenderer;
import org.rhomboid.settings.ClinicSettings;
import org.rhomboid.web.Forms;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The biller's denials worklist: each denial with its codes in plain words, the likely cause, the actions (correct
 * and resubmit, appeal letter, write off, bill the patient) and a form to mark it worked; and the appeal letter PDF.
 */
@Controller
@Bills
class DenialController {

    private static final int MAX_NOTE = 500;

    private final DenialWorklist worklist;
    private final PdfRenderer documents;
    private final ClinicSettings clinic;
    private final ClinicDates clinicDates;

    DenialController(DenialWorklist worklist, PdfRenderer documents, ClinicSettings clinic, ClinicDates clinicDates) {
        this.worklist = worklist;
        this.documents = documents;
        this.clinic = clinic;
        this.clinicDates = clinicDates;
    }

    @GetMapping("/billing/denials")
    String denials(Model model) {
        return page(model, null, Map.of(), Map.of());
    }

    @PostMapping("/billing/denials/{denialId}/worked")
    String worked(@PathVariable("denialId") UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
                  RedirectAttributes redirect) {
        Map<String, String> typed = Forms.firstValues(form);
        String note = typed.getOrDefault("note", "").strip();
        Map<String, String> problems = new LinkedHashMap<>();
        WorkedAction action = WorkedAction.of(typed.getOrDefault("action", "")).orElse(null);
        if (action == null) {
            problems.put("action", "Choose what was done about the denial.");
        }
        if (note.length() > MAX_NOTE) {
            problems.put("note", "Keep the note to " + MAX_NOTE + " characters.");
        }
        if (!problems.isEmpty()) {
            return page(model, id, problems, typed);
        }
        boolean marked = worklist.markWorked(id, action, note);
        redirect.addFlashAttribute("notice", marked ? "The denial was marked worked: " + action.label() + "."
                : "The denial had been marked worked already.");
        return "redirect:/billing/denials";
    }

    @GetMapping("/billing/denials/{denialId}/appeal.pdf")
    ResponseEntity<byte[]> appeal(@PathVariable("denialId") UUID id) {
        DenialWorklist.Denial denial = worklist.forAppeal(id);
        byte[] pdf = documents.render("documents/appeal", Map.of("clinic", clinic.current(), "denial", denial,
                "patient", worklist.patient(denial), "today", clinicDates.today()));
        return PdfDownload.inline(pdf, "appeal-" + denial.claimId() + ".pdf");
    }

    private String page(Model model, UUID failed, Map<String, String> problems, Map<String, String> typed) {
        List<DenialWorklist.Denial> open = worklist.open();
        model.addAttribute("denials", open);
        model.addAttribute("actions", WorkedAction.values());
        model.addAttribute("failed", failed);
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        return "billing/denials";
    }
}
