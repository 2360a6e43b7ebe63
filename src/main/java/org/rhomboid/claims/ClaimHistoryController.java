package org.rhomboid.claims;

import java.util.Map;
import org.rhomboid.account.access.Bills;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A claim's history (by its claim ID, CLM01: opaque, no patient data): the claim, its status, every event with who
 * and when, the remittances posted for it; and from there a corrected (frequency 7) or void (8) claim, each with a
 * reason. The new file is a batch of one, downloaded from the history or the claims page.
 */
@Controller
@Bills
class ClaimHistoryController {

    private static final int MAX_REASON = 500;

    private final ClaimLife life;
    private final ClaimsService claims;

    ClaimHistoryController(ClaimLife life, ClaimsService claims) {
        this.life = life;
        this.claims = claims;
    }

    @GetMapping("/billing/claims/{claimId}")
    String history(@PathVariable String claimId, Model model) {
        return page(claimId, model, Map.of(), Map.of());
    }

    @PostMapping("/billing/claims/{claimId}/correct")
    String correct(@PathVariable String claimId, @RequestParam(defaultValue = "") String reason, Model model,
                   RedirectAttributes redirect) {
        return resubmit(claimId, "7", reason, model, redirect);
    }

    @PostMapping("/billing/claims/{claimId}/void")
    String voidClaim(@PathVariable String claimId, @RequestParam(defaultValue = "") String reason, Model model,
                     RedirectAttributes redirect) {
        return resubmit(claimId, "8", reason, model, redirect);
    }

    private String resubmit(String claimId, String frequency, String reason, Model model,
                            RedirectAttributes redirect) {
        String field = frequency.equals("7") ? "correctReason" : "voidReason";
        String typed = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        if (reason.isBlank()) {
            return page(claimId, model, Map.of(field, "Say why the claim is "
                    + (frequency.equals("7") ? "corrected" : "voided") + "."), Map.of(field, typed));
        }
        if (reason.length() > MAX_REASON || !reason.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r')) {
            return page(claimId, model, Map.of(field, "Keep the reason to " + MAX_REASON + " characters of plain text."),
                    Map.of(field, typed));
        }
        if (!claimId.matches("[0-9A-Z]{1,20}")) {
            throw new NotFoundException("Claim not found");
        }
        ClaimsService.Resubmitted made = claims.resubmit(claimId, frequency, reason.strip());
        if (made.refusal() != null) {
            return page(claimId, model, Map.of(field, made.refusal()), Map.of(field, typed));
        }
        redirect.addFlashAttribute("notice", (frequency.equals("7") ? "Corrected claim (frequency 7)"
                : "Void (frequency 8)") + " made in batch " + made.batch().number() + ": download its file below.");
        return "redirect:/billing/claims/" + claimId;
    }

    private String page(String claimId, Model model, Map<String, String> errors, Map<String, String> typed) {
        model.addAttribute("claim", life.history(claimId));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "claims/history";
    }
}
