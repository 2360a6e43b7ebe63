package org.rhomboid.claims;

import java.io.IOException;
import org.rhomboid.account.access.Bills;
import org.rhomboid.claims.domain.X12FileException;
import org.rhomboid.web.X12Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The biller's 999 page: acknowledgments uploaded (newest first) and a 999 file to upload; its batches' claims are
 * marked accepted or rejected. A file with an error is refused whole, the problem shown beside the file field.
 */
@Controller
@Bills
class AcknowledgmentController {


    private final ClaimLife life;

    AcknowledgmentController(ClaimLife life) {
        this.life = life;
    }

    @GetMapping("/billing/acknowledgments")
    String acknowledgments(Model model) {
        return page(model, null);
    }

    @PostMapping("/billing/acknowledgments")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) throws IOException {
        X12Requests.Upload upload = X12Requests.uploaded(file, "Choose the 999 file your clearinghouse sent.",
                "The file is larger than 5 MB; upload one acknowledgment at a time.", "a 999");
        if (upload.refused()) {
            return page(model, upload.problem());
        }
        String text = upload.text();
        ClaimLife.Acknowledged result;
        try {
            result = life.acknowledge(text);
        } catch (X12FileException refused) {
            return page(model, "Nothing was recorded. " + refused.getMessage());
        }
        if (!result.recorded()) {
            redirect.addFlashAttribute("notice", "This acknowledgment (interchange "
                    + result.acknowledgment().controlNumber() + ") was uploaded before; nothing changed.");
        } else {
            redirect.addFlashAttribute("notice", "Recorded acknowledgment " + result.acknowledgment().controlNumber()
                    + ": " + result.batches().stream().map(b -> b.batchNumber() == null
                    ? "group " + b.groupControlNumber() + " matches no batch"
                    : "batch " + b.batchNumber() + (b.accepted() == null ? " partly accepted"
                    : b.accepted() ? " accepted" : " rejected")).reduce((a, b) -> a + "; " + b).orElse("") + ".");
        }
        return "redirect:/billing/acknowledgments";
    }

    private String page(Model model, String fileProblem) {
        model.addAttribute("acknowledgments", life.acknowledgments());
        model.addAttribute("fileProblem", fileProblem);
        return "claims/acknowledgments";
    }
}
