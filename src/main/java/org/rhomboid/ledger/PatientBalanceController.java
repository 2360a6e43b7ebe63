package org.rhomboid.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.RecordsPatientPayments;
import org.rhomboid.ledger.domain.PaymentForm;
import org.rhomboid.ledger.domain.PaymentMethod;
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
 * A patient's balance, from the chart: each visit billed with what the payers paid and adjusted and what the patient
 * owes; the payments taken (each with its receipt) and the form to take one; a payment reversed with a reason.
 */
@Controller
@RecordsPatientPayments
class PatientBalanceController {

    private final PatientLedger ledger;

    PatientBalanceController(PatientLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/patients/{patientId}/balance")
    String page(@PathVariable UUID patientId, Model model) {
        Map<String, String> typed = new HashMap<>();
        typed.put("method", PaymentMethod.CARD.name());
        return render(patientId, typed, Map.of(), model);
    }

    @PostMapping("/patients/{patientId}/payments")
    String pay(@PathVariable UUID patientId, @RequestParam MultiValueMap<String, String> params, Model model,
               RedirectAttributes redirect) {
        Map<String, List<String>> form = Forms.typed(params);
        PatientLedger.Recorded recorded = ledger.recordPayment(patientId, form);
        if (recorded.valid()) {
            redirect.addFlashAttribute("notice", "Payment recorded.");
            redirect.addFlashAttribute("receiptId", recorded.id());
            return "redirect:/patients/" + patientId + "/balance";
        }
        Map<String, String> typed = new HashMap<>(Forms.firstValues(form));
        if (!PaymentForm.safeToShow(typed.get("cardLast4"))) {
            typed.put("cardLast4", ""); // a full card number is never shown again
        }
        return render(patientId, typed, recorded.errors(), model);
    }

    @PostMapping("/patients/{patientId}/payments/{paymentId}/reversal")
    String reverse(@PathVariable UUID patientId, @PathVariable UUID paymentId,
                   @RequestParam(name = "reason", defaultValue = "") String reason, Model model,
                   RedirectAttributes redirect) {
        PatientLedger.Recorded recorded = ledger.reversePayment(patientId, paymentId, reason);
        if (recorded.valid()) {
            redirect.addFlashAttribute("notice", "Payment reversed.");
        } else {
            redirect.addFlashAttribute("reversalProblem", recorded.errors().get("reason"));
            redirect.addFlashAttribute("reversalOf", paymentId);
        }
        return "redirect:/patients/" + patientId + "/balance";
    }

    private String render(UUID patientId, Map<String, String> typed, Map<String, String> errors, Model model) {
        PatientLedger.PatientBalance balance = ledger.balance(patientId);
        model.addAttribute("balance", balance);
        model.addAttribute("patient", balance.patient());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("methods", PaymentMethod.values());
        return "ledger/balance";
    }
}
