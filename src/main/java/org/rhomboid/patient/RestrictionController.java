package org.rhomboid.patient;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.account.access.ReadsClinicalRecords;
import org.rhomboid.patient.domain.Restriction;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Restricted records: the administrator restricts, a clinician breaks the glass, the administrator reviews. */
@Controller
class RestrictionController {

    private final EmergencyAccess access;

    RestrictionController(EmergencyAccess access) {
        this.access = access;
    }

    @PostMapping("/patients/{patientId}/restriction")
    @AdministersClinic
    String restrict(@PathVariable UUID patientId, @RequestParam(defaultValue = "") String restriction,
                    @RequestParam(name = "careTeam", required = false) List<String> careTeam,
                    RedirectAttributes redirect) {
        Restriction chosen = null;
        Set<UUID> team = new LinkedHashSet<>();
        Map<String, String> errors;
        try {
            chosen = restriction.isBlank() ? null : Restriction.valueOf(restriction);
            for (String id : careTeam == null ? List.<String>of() : careTeam) {
                team.add(UUID.fromString(id));
            }
            errors = access.restrict(patientId, chosen, team);
        } catch (IllegalArgumentException notAChoice) {
            errors = Map.of("restriction", "Choose one of the options");
        }
        redirect.addFlashAttribute(errors.isEmpty() ? "notice" : "restrictionError", errors.isEmpty()
                ? (chosen == null ? "The record is no longer restricted." : "The record is restricted to its care team.")
                : String.join(" ", errors.values()));
        return "redirect:/patients/" + patientId + "#restriction";
    }

    @PostMapping("/patients/{patientId}/emergency-access")
    @ReadsClinicalRecords
    String breakGlass(@PathVariable UUID patientId, @RequestParam(defaultValue = "") String reason, Model model,
                      RedirectAttributes redirect) {
        String problem = access.breakGlass(patientId, reason);
        if (problem != null) {
            model.addAttribute("patientId", patientId);
            model.addAttribute("reasonError", problem);
            model.addAttribute("reason", reason);
            return "patients/restricted";
        }
        redirect.addFlashAttribute("notice", "Emergency access granted: it is recorded and shown to the administrator.");
        return "redirect:/patients/" + patientId;
    }

    @GetMapping("/admin/emergency-access")
    @AdministersClinic
    String report(Model model) {
        model.addAttribute("grants", access.report());
        model.addAttribute("now", access.now());
        return "admin/emergency-access";
    }
}
