package org.rhomboid.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.access.AdministersClinic;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The clinic administrator's view of who accessed which patient's data. Filters carry no patient data. */
@Controller
@AdministersClinic
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String user,
                 @RequestParam(required = false) String patient,
                 @RequestParam(required = false) AuditAction action,
                 @RequestParam(required = false) AuditOutcome outcome,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        UUID patientId = null;
        if (patient != null && !patient.isBlank()) {
            try {
                patientId = UUID.fromString(patient.strip());
            } catch (IllegalArgumentException notAnId) {
                model.addAttribute("patientError", "Paste a patient id from the chart’s address");
            }
        }
        List<AuditEvent> events = patientId == null && model.containsAttribute("patientError") ? List.of()
                : trail.search(new AuditFilter(user, patientId, action, outcome, from, to), page);
        model.addAttribute("events", events.stream().limit(AuditTrail.PAGE_SIZE).toList());
        model.addAttribute("hasMore", events.size() > AuditTrail.PAGE_SIZE);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("user", user);
        model.addAttribute("patient", patient);
        model.addAttribute("action", action);
        model.addAttribute("outcome", outcome);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("outcomes", AuditOutcome.values());
        return "admin/audit";
    }
}
