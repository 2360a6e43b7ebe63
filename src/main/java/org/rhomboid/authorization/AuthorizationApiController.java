package org.rhomboid.authorization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.access.KeepsDemographics;
import org.rhomboid.authorization.domain.AuthorizationLedger;
import org.rhomboid.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A patient's prior authorizations and yearly visit limits over JSON, each with what it has used and has left. */
@RestController
@KeepsDemographics
class AuthorizationApiController {

    /** One authorization as the API shows it; remaining counts are null when that measure is not authorized. */
    record AuthorizationJson(UUID id, String number, String payerKind, String payerName, LocalDate startDate,
                             LocalDate endDate, Integer visitsAllowed, Integer unitsAllowed, List<String> codes,
                             String status, int visitsUsed, int visitsBooked, Integer visitsRemaining, int unitsUsed,
                             Integer unitsRemaining, boolean runningOut, List<String> runningOutReasons) {
        static AuthorizationJson of(AuthorizationLedger.Use u) {
            var a = u.authorization();
            return new AuthorizationJson(a.id(), a.number(), a.payerKind().name(), a.payerName(), a.start(), a.end(),
                    a.visitsAllowed(), a.unitsAllowed(), a.codes(), u.status().name(), u.visitsUsed(),
                    u.visitsBooked(), u.visitsRemaining(), u.unitsUsed(), u.unitsRemaining(), u.isRunningOut(),
                    u.runningOut());
        }
    }

    record VisitLimitJson(UUID id, String payerKind, String payerName, int year, int visitsAllowed, int visitsUsed,
                          int visitsBooked, int visitsRemaining, boolean runningOut) {
        static VisitLimitJson of(AuthorizationLedger.LimitUse u) {
            var l = u.limit();
            return new VisitLimitJson(l.id(), l.payerKind().name(), l.payerName(), l.year(), l.visitsAllowed(),
                    u.visitsUsed(), u.visitsBooked(), u.visitsRemaining(), u.runningOut());
        }
    }

    /** A new authorization as posted: the page's fields, read by the same form rules (dates as yyyy-mm-dd). */
    record NewAuthorization(String number, String payerKind, String payerName, String startDate, String endDate,
                            Integer visitsAllowed, Integer unitsAllowed, List<String> codes) {
        java.util.Map<String, List<String>> form() {
            java.util.Map<String, List<String>> form = new java.util.HashMap<>();
            form.put("number", List.of(text(number)));
            form.put("payerKind", List.of(text(payerKind)));
            form.put("payerName", List.of(text(payerName)));
            form.put("startDate", List.of(text(startDate)));
            form.put("endDate", List.of(text(endDate)));
            form.put("visitsAllowed", List.of(visitsAllowed == null ? "" : visitsAllowed.toString()));
            form.put("unitsAllowed", List.of(unitsAllowed == null ? "" : unitsAllowed.toString()));
            form.put("codes", List.of(codes == null ? "" : String.join(",", codes)));
            return form;
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }

    record Response(UUID patientId, LocalDate asOf, List<AuthorizationJson> authorizations,
                    List<VisitLimitJson> visitLimits) {}

    private final Authorizations authorizations;

    AuthorizationApiController(Authorizations authorizations) {
        this.authorizations = authorizations;
    }

    @GetMapping("/api/v1/patients/{patientId}/authorizations")
    Response list(@PathVariable UUID patientId) {
        Authorizations.Overview o = authorizations.overview(patientId);
        return new Response(patientId, o.today(), o.authorizations().stream().map(AuthorizationJson::of).toList(),
                o.limits().stream().map(VisitLimitJson::of).toList());
    }

    /** Adds an authorization: 201 with the patient's list, or 400 problem+json naming each field. */
    @PostMapping("/api/v1/patients/{patientId}/authorizations")
    ResponseEntity<Object> add(@PathVariable UUID patientId, @RequestBody NewAuthorization body) {
        Authorizations.Saved saved = authorizations.add(patientId, body.form());
        if (!saved.valid()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid input", "Some fields need attention",
                    saved.errors().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                            .map(e -> new Problems.FieldMessage(e.getKey(), e.getValue())).toList());
        }
        return ResponseEntity.created(java.net.URI.create("/api/v1/patients/" + patientId + "/authorizations"))
                .body(list(patientId));
    }
}
