package org.rhomboid.remittance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.rhomboid.account.access.Bills;
import org.rhomboid.remittance.domain.RemittanceFileException;
import org.rhomboid.web.X12Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The biller's page: remittances posted (newest first), the claims and lines that matched nothing billed, and an
 * 835 file to upload and post. A file with an error is refused whole, the problem shown beside the file field.
 */
@Controller
@Bills
class RemittanceController {


    private final RemittancePosting posting;

    RemittanceController(RemittancePosting posting) {
        this.posting = posting;
    }

    @GetMapping("/billing/remittances")
    String remittances(Model model) {
        return page(model, null);
    }

    @PostMapping("/billing/remittances")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        X12Requests.Upload upload = X12Requests.uploaded(file, "Choose the 835 file your payer or clearinghouse sent.",
                "The file is larger than 5 MB; upload the payer's payments one file at a time.", "an 835");
        if (upload.refused()) {
            return page(model, upload.problem());
        }
        String text = upload.text();
        List<RemittancePosting.Result> results;
        try {
            results = posting.postAll(text, false);
        } catch (RemittanceFileException refused) {
            return page(model, "Nothing was posted. " + refused.getMessage());
        }
        List<String> notices = new ArrayList<>();
        for (RemittancePosting.Result result : results) {
            String trace = result.remittance().payment().traceNumber();
            if (!result.posted()) {
                notices.add("The payment with trace number " + trace + " was posted before; nothing changed.");
            } else {
                long unmatched = result.remittance().claims().stream().filter(c -> !c.matched()).count();
                int claims = result.remittance().claims().size();
                notices.add("Posted payment " + trace + ": " + claims + (claims == 1 ? " claim, " : " claims, ")
                        + unmatched + " to match by hand.");
            }
        }
        redirect.addFlashAttribute("notice", String.join(" ", notices));
        return "redirect:/billing/remittances";
    }

    private String page(Model model, String fileProblem) {
        model.addAttribute("remittances", posting.posted());
        model.addAttribute("unmatched", posting.unmatched());
        model.addAttribute("fileProblem", fileProblem);
        return "billing/remittances";
    }
}
