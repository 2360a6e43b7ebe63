package org.rhomboid.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.Bills;
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
 * Matching an unmatched claim payment or line by hand: the item, a search of the clinic's billed claims (posted,
 * so a patient's name never goes into a URL), and a confirmation that records the match.
 */
@Controller
@Bills
class MatchController {

    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile("\\$?\\d{1,9}(\\.\\d{1,2})?");

    private final MatchingByHand matching;

    MatchController(MatchingByHand matching) {
        this.matching = matching;
    }

    @GetMapping("/billing/remittances/unmatched/{itemId}")
    String item(@PathVariable UUID itemId, Model model) {
        RemittanceRepository.Item item = matching.item(itemId);
        return page(model, item, matching.search(item, new RemittanceRepository.Search(null, null, null, null)),
                Map.of(), Map.of(), null);
    }

    @PostMapping("/billing/remittances/unmatched/{itemId}")
    String search(@PathVariable UUID itemId, @RequestParam MultiValueMap<String, String> form, Model model) {
        RemittanceRepository.Item item = matching.item(itemId);
        Map<String, String> typed = Forms.firstValues(form);
        Map<String, String> problems = new LinkedHashMap<>();
        String claimId = blank(typed.get("claimId"));
        if (claimId != null && claimId.length() > 20) {
            problems.put("claimId", "A claim ID is at most 20 letters and digits.");
        }
        String patient = blank(typed.get("patient"));
        if (patient != null && patient.length() > 100) {
            problems.put("patient", "Type at most 100 characters of the patient's name.");
        }
        LocalDate date = null;
        String dateText = blank(typed.get("serviceDate"));
        if (dateText != null) {
            try {
                date = LocalDate.parse(dateText);
                if (date.getYear() < 1900 || date.getYear() > 9999) {
                    problems.put("serviceDate", "Enter the date of service as YYYY-MM-DD.");
                    date = null;
                }
            } catch (DateTimeParseException notADate) {
                problems.put("serviceDate", "Enter the date of service as YYYY-MM-DD.");
            }
        }
        BigDecimal amount = null;
        String amountText = blank(typed.get("amount"));
        if (amountText != null) {
            if (AMOUNT.matcher(amountText).matches()) {
                amount = new BigDecimal(amountText.replace("$", ""));
            } else {
                problems.put("amount", "Enter the claim's charge in dollars, e.g. 171.00.");
            }
        }
        List<RemittanceRepository.Billed> found = problems.isEmpty()
                ? matching.search(item, new RemittanceRepository.Search(claimId, patient, date, amount)) : List.of();
        return page(model, item, found, problems, typed, null);
    }

    @PostMapping("/billing/remittances/unmatched/{itemId}/match")
    String match(@PathVariable UUID itemId, @RequestParam MultiValueMap<String, String> form, Model model,
                 RedirectAttributes redirect) {
        RemittanceRepository.Item item = matching.item(itemId);
        String claimId = blank(Forms.firstValues(form).get("claimId"));
        if (claimId == null || !claimId.matches("[0-9A-Z]{1,20}")) {
            return page(model, item, matching.search(item, new RemittanceRepository.Search(null, null, null, null)),
                    Map.of(), Map.of(), "Choose the billed claim this payment belongs to.");
        }
        RemittanceRepository.Billed claim = matching.match(itemId, claimId);
        redirect.addFlashAttribute("notice", "Matched the payment of " + item.shown().claimId()
                + (item.shown().line().isEmpty() ? "" : ", line " + item.shown().line()) + " to claim "
                + claim.claimId() + ".");
        return "redirect:/billing/remittances";
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String page(Model model, RemittanceRepository.Item item, List<RemittanceRepository.Billed> found,
                        Map<String, String> problems, Map<String, String> typed, String chooseProblem) {
        model.addAttribute("item", item);
        model.addAttribute("found", found);
        model.addAttribute("problems", problems);
        model.addAttribute("typed", typed);
        model.addAttribute("chooseProblem", chooseProblem);
        return "billing/match";
    }
}
