package org.rhomboid.ledger;

import java.util.List;
import java.util.Map;
import org.rhomboid.account.access.WritesOffBalances;
import org.rhomboid.ledger.domain.ClaimBalance;
import org.rhomboid.ledger.domain.Side;
import org.rhomboid.ledger.domain.WriteOffReason;
import org.rhomboid.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A biller's work on one claim's balance (the denials worklist links here by claim ID, CLM01): write off part of it
 * with a reason, on the payer's or the patient's side, or bill the patient for what is still with the payer.
 */
@Controller
@WritesOffBalances
class ClaimAdjustmentController {

    private static final String CLAIM_ID = "{claimId}";

    private final PatientLedger ledger;

    ClaimAdjustmentController(PatientLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/billing/claims/" + CLAIM_ID + "/write-off")
    String writeOffForm(@PathVariable String claimId, Model model) {
        return render(ledger.claim(claimId), true, Map.of("side", "PAYER"), Map.of(), model);
    }

    @PostMapping("/billing/claims/" + CLAIM_ID + "/write-off")
    String writeOff(@PathVariable String claimId, @RequestParam MultiValueMap<String, String> params, Model model,
                    RedirectAttributes redirect) {
        return save(claimId, params, true, model, redirect);
    }

    @GetMapping("/billing/claims/" + CLAIM_ID + "/bill-patient")
    String billPatientForm(@PathVariable String claimId, Model model) {
        return render(ledger.claim(claimId), false, Map.of(), Map.of(), model);
    }

    @PostMapping("/billing/claims/" + CLAIM_ID + "/bill-patient")
    String billPatient(@PathVariable String claimId, @RequestParam MultiValueMap<String, String> params,
                       Model model, RedirectAttributes redirect) {
        return save(claimId, params, false, model, redirect);
    }

    private String save(String claimId, MultiValueMap<String, String> params, boolean writeOff, Model model,
                        RedirectAttributes redirect) {
        Map<String, List<String>> form = Forms.typed(params);
        PatientLedger.Recorded recorded = writeOff ? ledger.writeOff(claimId, form) : ledger.billPatient(claimId, form);
        ClaimBalance claim = ledger.claim(claimId);
        if (recorded.valid()) {
            redirect.addFlashAttribute("notice", writeOff ? "Write-off recorded on claim " + claimId + "."
                    : "Claim " + claimId + ": the amount is now the patient's to pay.");
            return "redirect:/patients/" + claim.patientId() + "/balance";
        }
        return render(claim, writeOff, Forms.firstValues(form), recorded.errors(), model);
    }

    private String render(ClaimBalance claim, boolean writeOff, Map<String, String> typed, Map<String, String> errors,
                          Model model) {
        model.addAttribute("claim", claim);
        model.addAttribute("writeOff", writeOff);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("reasons", WriteOffReason.values());
        model.addAttribute("sides", Side.values());
        return "ledger/adjust";
    }
}
