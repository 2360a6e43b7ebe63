package org.rhomboid.coverage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.KeepsDemographics;
import org.rhomboid.coverage.domain.Coverage;
import org.rhomboid.coverage.domain.CoverageForm;
import org.rhomboid.coverage.domain.Rank;
import org.rhomboid.coverage.domain.Relationship;
import org.rhomboid.patient.domain.Sex;
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
 * A patient's insurance coverages, from the chart: listed with what is in force today, added, and corrected (a
 * coverage that ended gets its last day). Administrative like the rest of the patient's insurance: the front desk,
 * billers, therapists, assistants and administrators keep them ({@code KEEP_DEMOGRAPHICS}).
 */
@Controller
@KeepsDemographics
class CoverageController {

    private final Coverages coverages;

    CoverageController(Coverages coverages) {
        this.coverages = coverages;
    }

    @GetMapping("/patients/{patientId}/coverages")
    String page(@PathVariable UUID patientId, Model model) {
        Map<String, String> typed = new HashMap<>();
        typed.put("relationship", Relationship.SELF.name());
        return render(patientId, typed, Map.of(), model);
    }

    @PostMapping("/patients/{patientId}/coverages")
    String add(@PathVariable UUID patientId, @RequestParam MultiValueMap<String, String> params, Model model,
               RedirectAttributes redirect) {
        Map<String, List<String>> form = Forms.typed(params);
        Coverages.Saved saved = coverages.add(patientId, form);
        if (saved.valid()) {
            redirect.addFlashAttribute("notice", "Coverage added.");
            return "redirect:/patients/" + patientId + "/coverages";
        }
        return render(patientId, Forms.firstValues(form), saved.errors(), model);
    }

    @GetMapping("/coverages/{coverageId}")
    String edit(@PathVariable UUID coverageId, Model model) {
        Coverage c = coverages.find(coverageId);
        return renderEdit(c, CoverageForm.typed(c), Map.of(), model);
    }

    @PostMapping("/coverages/{coverageId}")
    String change(@PathVariable UUID coverageId, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Map<String, List<String>> form = Forms.typed(params);
        Coverages.Changed changed = coverages.change(coverageId, form);
        if (changed.valid()) {
            redirect.addFlashAttribute("notice", "Coverage saved.");
            return "redirect:/patients/" + changed.coverage().patientId() + "/coverages";
        }
        return renderEdit(changed.coverage(), Forms.firstValues(form), changed.errors(), model);
    }

    private String render(UUID patientId, Map<String, String> typed, Map<String, String> errors, Model model) {
        Coverages.Overview overview = coverages.overview(patientId);
        model.addAttribute("overview", overview);
        model.addAttribute("patient", overview.patient());
        return form(model, overview.payers(), typed, errors);
    }

    private String renderEdit(Coverage c, Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("coverage", c);
        form(model, coverages.choices(c), typed, errors);
        return "coverage/edit";
    }

    private String form(Model model, Map<UUID, String> payers, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("payers", payers);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("ranks", Rank.values());
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("sexes", Sex.values());
        return "coverage/page";
    }
}
