package org.rhomboid.caseload;

import java.util.List;
import java.util.UUID;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.access.Permission;
import org.rhomboid.account.access.SeesCaseload;
import org.rhomboid.visit.ComplianceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Today's caseload, the clinician's home page. A physical therapist or assistant sees their own day by default and
 * may pick a colleague ({@code therapistId}, an opaque user id) or the whole clinic ({@code scope=clinic}); the front
 * desk and an administrator start from the whole clinic. Only opaque ids in the URL.
 */
@Controller
@SeesCaseload
class CaseloadController {

    static final String CLINIC = "clinic";

    private final CaseloadService caseload;

    CaseloadController(CaseloadService caseload) {
        this.caseload = caseload;
    }

    @GetMapping("/today")
    String today(@RequestParam(required = false) String therapistId, @RequestParam(required = false) String scope,
                 Model model) {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        boolean clinician = me.has(Role.PT) || me.has(Role.PTA);
        UUID shown = clinician && !CLINIC.equals(scope) ? me.userId() : null;
        List<ComplianceService.Therapist> therapists = caseload.therapists();
        org.rhomboid.visit.TherapistChoice choice = org.rhomboid.visit.TherapistChoice.of(therapistId, shown,
                therapists, "your own day");
        shown = choice.shown();
        model.addAttribute("therapistError", choice.error());
        model.addAttribute("caseload", caseload.today(shown, me.may(Permission.READ_CLINICAL_RECORDS)));
        model.addAttribute("therapists", therapists);
        model.addAttribute("shownTherapist", choice.therapist());
        model.addAttribute("mine", shown != null && shown.equals(me.userId()));
        model.addAttribute("clinician", clinician);
        model.addAttribute("myId", me.userId());
        model.addAttribute("sparkWidth", CaseloadService.SPARK_WIDTH);
        model.addAttribute("sparkHeight", CaseloadService.SPARK_HEIGHT);
        return "caseload/today";
    }
}
