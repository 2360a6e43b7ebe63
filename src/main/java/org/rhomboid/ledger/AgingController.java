package org.rhomboid.ledger;

import org.rhomboid.account.access.Bills;
import org.rhomboid.ledger.domain.AgingBucket;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The A/R aging report: what is outstanding, by payer and by patient, aged from the date of service. */
@Controller
@Bills
class AgingController {

    private final PatientLedger ledger;

    AgingController(PatientLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/billing/aging")
    String aging(Model model) {
        model.addAttribute("aging", ledger.aging());
        model.addAttribute("buckets", AgingBucket.values());
        return "ledger/aging";
    }
}
