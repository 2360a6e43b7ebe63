package org.rhomboid.visit;

import java.util.List;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.access.ReadsClinicalRecords;
import org.rhomboid.clinic.ClinicDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compliance worklist: what is unsigned, awaiting co-signature, uncertified or due, most urgent first. A
 * therapist or assistant sees their own items by default, an administrator or biller (even one who also treats)
 * the whole clinic; anyone
 * allowed may pick a therapist ({@code therapist}, an opaque user id) or the whole clinic ({@code scope=clinic}).
 * Those are the only parameters: no patient data in the URL.
 */
@Controller
@ReadsClinicalRecords
class ComplianceController {

    static final String CLINIC = "clinic";

    private final ComplianceService compliance;

    private final ClinicDates clinicDates;

    ComplianceController(ComplianceService compliance, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.compliance = compliance;
    }

    @GetMapping("/compliance")
    String worklist(@RequestParam(required = false) String therapist, @RequestParam(required = false) String scope,
                    Model model) {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        boolean clinician = me.has(Role.PT) || me.has(Role.PTA);
        // Oversight first: an administrator who also treats starts from the whole clinic, and can pick themselves.
        boolean overseer = me.has(Role.CLINIC_ADMIN) || me.has(Role.BILLER);
        UUID shown = clinician && !overseer && !CLINIC.equals(scope) ? me.userId() : null;
        List<ComplianceService.Therapist> therapists = compliance.therapists();
        String raw = therapist == null ? "" : therapist.strip();
        if (!raw.isEmpty()) {
            UUID chosen = parse(raw);
            if (chosen != null && find(therapists, chosen) != null) {
                shown = chosen;
            } else {
                model.addAttribute("therapistError", "That therapist isn't on this clinic's staff: choose one from "
                        + "the list. Showing " + (shown == null ? "the whole clinic" : "your own items") + " instead.");
            }
        }
        model.addAttribute("worklist", compliance.worklist(shown, clinicDates.now(), clinicDates.zone()));
        model.addAttribute("therapists", therapists);
        model.addAttribute("shownTherapist", shown == null ? null : find(therapists, shown));
        model.addAttribute("mine", shown != null && shown.equals(me.userId()));
        model.addAttribute("clinician", clinician);
        model.addAttribute("myId", me.userId());
        return "compliance/worklist";
    }

    private static ComplianceService.Therapist find(List<ComplianceService.Therapist> therapists, UUID id) {
        return therapists.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    private static UUID parse(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
