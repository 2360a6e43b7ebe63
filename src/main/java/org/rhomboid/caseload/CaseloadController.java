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
        String raw = therapistId == null ? "" : therapistId.strip();
        if (!raw.isEmpty()) {
            UUID chosen = parse(raw);
            if (chosen != null && find(therapists, chosen) != null) {
                shown = chosen;
            } else {
                model.addAttribute("therapistError", "That therapist isn't on this clinic's staff: choose one from "
                        + "the list. Showing " + (shown == null ? "the whole clinic" : "your own day") + " instead.");
            }
        }
        model.addAttribute("caseload", caseload.today(shown, me.may(Permission.READ_CLINICAL_RECORDS)));
        model.addAttribute("therapists", therapists);
        model.addAttribute("shownTherapist", shown == null ? null : find(therapists, shown));
        model.addAttribute("mine", shown != null && shown.equals(me.userId()));
        model.addAttribute("clinician", clinician);
        model.addAttribute("myId", me.userId());
        model.addAttribute("sparkWidth", CaseloadService.SPARK_WIDTH);
        model.addAttribute("sparkHeight", CaseloadService.SPARK_HEIGHT);
        return "caseload/today";
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
