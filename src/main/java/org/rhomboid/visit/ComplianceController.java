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
        TherapistChoice choice = TherapistChoice.of(therapist, shown, therapists, "your own items");
        shown = choice.shown();
        model.addAttribute("therapistError", choice.error());
        model.addAttribute("worklist", compliance.worklist(shown, clinicDates.now(), clinicDates.zone()));
        model.addAttribute("therapists", therapists);
        model.addAttribute("shownTherapist", choice.therapist());
        model.addAttribute("mine", shown != null && shown.equals(me.userId()));
        model.addAttribute("clinician", clinician);
        model.addAttribute("myId", me.userId());
        return "compliance/worklist";
    }
}
