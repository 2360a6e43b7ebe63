package org.rhomboid.remittance;

import org.rhomboid.account.access.Bills;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The biller's page: remittances posted (newest first) and the claims and lines that matched nothing billed. */
@Controller
@Bills
class RemittanceController {

    private final RemittancePosting posting;

    RemittanceController(RemittancePosting posting) {
        this.posting = posting;
    }

    @GetMapping("/billing/remittances")
    String remittances(Model model) {
        model.addAttribute("remittances", posting.posted());
        model.addAttribute("unmatched", posting.unmatched());
        return "billing/remittances";
    }
}
