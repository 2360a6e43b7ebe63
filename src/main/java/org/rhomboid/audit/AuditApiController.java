package org.rhomboid.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.audit.domain.SealChain;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail's seal, checked on request (AUDIT-SEAL): for the clinic's administrator or an auditor's script. */
@RestController
@AdministersClinic
class AuditApiController {

    private final AuditSeals seals;
    private final AuditLog audit;

    AuditApiController(AuditSeals seals, AuditLog audit) {
        this.seals = seals;
        this.audit = audit;
    }

    /** {@code {"intact": true, "events": N}}, or where the chain first breaks and why. */
    @GetMapping("/api/v1/audit/verify")
    @Transactional
    Map<String, Object> verify() {
        SealChain.Verdict verdict = seals.verify();
        audit.recordEvent(AuditAction.READ, AuditTrail.RESOURCE, "verify", verdict.intact() ? "intact"
                : "broken at event " + verdict.brokenAtEvent(), AuditOutcome.SUCCESS);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("intact", verdict.intact());
        answer.put("events", verdict.events());
        if (!verdict.intact()) {
            answer.put("brokenAtEvent", verdict.brokenAtEvent());
            answer.put("reason", verdict.reason());
        }
        return answer;
    }
}
