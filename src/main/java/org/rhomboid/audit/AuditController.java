package org.rhomboid.audit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.clinic.ClinicDates;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The clinic administrator's view of who accessed which patient's data, and its CSV export with the same filters.
 * Filters carry no patient data (a patient is named by the opaque id only).
 */
@Controller
@AdministersClinic
class AuditController {

    private static final String PATIENT_ERROR = "Paste a patient id from the chart’s address";

    private final AuditTrail trail;

    private final ClinicDates clinicDates;

    AuditController(AuditTrail trail, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
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
        PatientFilter wanted = PatientFilter.of(patient);
        if (wanted.invalid()) {
            model.addAttribute("patientError", PATIENT_ERROR);
        }
        List<AuditEvent> events = wanted.invalid() ? List.of()
                : trail.search(new AuditFilter(user, wanted.id(), action, outcome, from, to), page);
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

    /** Everything the filters select, newest first, as CSV; cut short (and said so in the last row) past the limit. */
    @GetMapping("/admin/audit/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String user,
                                  @RequestParam(required = false) String patient,
                                  @RequestParam(required = false) AuditAction action,
                                  @RequestParam(required = false) AuditOutcome outcome,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        PatientFilter wanted = PatientFilter.of(patient);
        if (wanted.invalid()) {
            return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(PATIENT_ERROR.getBytes(StandardCharsets.UTF_8));
        }
        List<AuditEvent> events = trail.export(new AuditFilter(user, wanted.id(), action, outcome, from, to));
        String csv = AuditCsv.of(events.stream().limit(AuditTrail.EXPORT_LIMIT).toList(), true);
        if (events.size() > AuditTrail.EXPORT_LIMIT) {
            csv += "\"Cut short at " + AuditTrail.EXPORT_LIMIT + " events: narrow the dates or the action to export the rest\"\r\n";
        }
        return AuditCsv.download(csv, "audit-trail-" + clinicDates.today());
    }

    /** The patient the filter asks for: none, an id, or something typed that is not a patient id. */
    private record PatientFilter(UUID id, boolean invalid) {
        static PatientFilter of(String typed) {
            if (typed == null || typed.isBlank()) {
                return new PatientFilter(null, false);
            }
            try {
                return new PatientFilter(UUID.fromString(typed.strip()), false);
            } catch (IllegalArgumentException notAnId) {
                return new PatientFilter(null, true);
            }
        }
    }
}
