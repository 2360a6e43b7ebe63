package org.rhomboid.billing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rhomboid.account.access.Bills;
import org.rhomboid.billing.domain.ClearinghouseForm;
import org.rhomboid.billing.domain.ClearinghouseSettings;
import org.rhomboid.billing.domain.FeeScheduleForm;
import org.rhomboid.billing.domain.ProcedureCode;
import org.rhomboid.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The fee schedule and the clearinghouse and payer settings. Billers keep them day to day and clinic
 * administrators may too; the clinic's NPI, EIN and address stay on the administrator's clinic page.
 */
@Controller
@Bills
class BillingSettingsController {

    /** A text field of the settings form, in page order. */
    record Field(String name, String label, String hint) {}

    static final List<Field> FIELDS = List.of(
            new Field("taxonomy", "Billing taxonomy", "e.g. 225100000X (physical therapist)"),
            new Field("placeOfService", "Place of service", "11 = office"),
            new Field("senderId", "Sender ID (ISA06)", "As the clearinghouse assigned it, up to 15 characters"),
            new Field("receiverId", "Receiver ID (ISA08)", null),
            new Field("receiverName", "Receiver (clearinghouse) name", null),
            new Field("submitterName", "Submitter name", "The clinic or its billing service"),
            new Field("contactName", "Submitter contact", null),
            new Field("contactPhone", "Contact phone", null),
            new Field("nextControlNumber", "Next interchange control number", "Advances by one with every batch"));

    private final BillingSettings settings;

    BillingSettingsController(BillingSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/billing/fees")
    String fees(Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        settings.fees().values().forEach(fee -> {
            typed.put(FeeScheduleForm.chargeField(fee.code()), fee.charge().toPlainString());
            if (fee.allowed() != null) {
                typed.put(FeeScheduleForm.allowedField(fee.code()), fee.allowed().toPlainString());
            }
        });
        return feePage(model, typed, Map.of());
    }

    @PostMapping("/billing/fees")
    String saveFees(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> form = Forms.typed(params);
        FeeScheduleForm.Checked checked = FeeScheduleForm.check(form,
                settings.billableCodes().stream().map(ProcedureCode::code).toList());
        if (!checked.valid()) {
            return feePage(model, Forms.firstValues(form), checked.errors());
        }
        settings.saveFees(checked.fees());
        redirect.addFlashAttribute("notice", "Fee schedule saved.");
        return "redirect:/billing/fees";
    }

    private String feePage(Model model, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("codes", settings.billableCodes());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "billing/fees";
    }

    @GetMapping("/billing/settings")
    String page(Model model) {
        ClearinghouseSettings s = settings.settings();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("taxonomy", s.taxonomy());
        typed.put("placeOfService", s.placeOfService());
        typed.put("senderId", s.senderId());
        typed.put("receiverId", s.receiverId());
        typed.put("receiverName", s.receiverName());
        typed.put("submitterName", s.submitterName());
        typed.put("contactName", s.contactName());
        typed.put("contactPhone", s.contactPhone());
        typed.put("usage", String.valueOf(s.usage()));
        typed.put("nextControlNumber", Integer.toString(s.nextControlNumber()));
        s.payers().forEach((payer, identity) -> {
            typed.put(ClearinghouseForm.payerNameField(payer), identity.name());
            typed.put(ClearinghouseForm.payerIdField(payer), identity.payerId());
        });
        return settingsPage(model, typed, Map.of());
    }

    @PostMapping("/billing/settings")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> form = Forms.typed(params);
        ClearinghouseForm.Checked checked = ClearinghouseForm.check(form);
        if (!checked.valid()) {
            return settingsPage(model, Forms.firstValues(form), checked.errors());
        }
        settings.save(checked.settings());
        redirect.addFlashAttribute("notice", "Billing settings saved.");
        return "redirect:/billing/settings";
    }

    private String settingsPage(Model model, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("payers", ClearinghouseForm.BILLED_PAYERS);
        model.addAttribute("fields", FIELDS);
        return "billing/settings";
    }
}
