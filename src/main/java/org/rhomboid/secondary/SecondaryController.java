package org.rhomboid.secondary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.access.Bills;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The biller's secondary claims: the claims ready for the patient's secondary payer (their primary remittance
 * posted), those held back and why, the batch to make (its 837P file downloads) and earlier secondary batches. Claims
 * are chosen by claim ID in the form's body; batches are reached by opaque ids.
 */
@Controller
@Bills
class SecondaryController {

    private static final MediaType X12 = MediaType.parseMediaType("application/edi-x12");
    private static final int MAX_CHOSEN = 1000;
    private static final String PAGE = "/billing/secondary";

    private final SecondaryClaims secondary;

    SecondaryController(SecondaryClaims secondary) {
        this.secondary = secondary;
    }

    @GetMapping("/billing/secondary")
    String page(Model model) {
        model.addAttribute("ready", secondary.ready());
        model.addAttribute("batches", secondary.batches());
        return "billing/secondary";
    }

    /** The batch's file as a download; when nothing could be sent, back to the page with the reason. */
    @PostMapping("/billing/secondary/batches")
    ResponseEntity<byte[]> create(@RequestParam(name = "claimId", required = false) List<String> chosen,
                                  HttpServletRequest request, HttpServletResponse response) {
        List<String> claimIds = chosen == null ? List.of() : chosen.stream().limit(MAX_CHOSEN)
                .filter(id -> id != null && id.matches("[0-9A-Z]{1,20}")).toList();
        if (chosen != null && !chosen.isEmpty() && claimIds.isEmpty()) {
            return back("No claim is ready for its secondary payer.", request, response);
        }
        SecondaryClaims.Created created = secondary.create(claimIds);
        if (created.file() == null) {
            return back(created.refusal(), request, response);
        }
        return download(created.number(), created.file());
    }

    @GetMapping("/billing/secondary/batches/{batchId}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID batchId) {
        SecondaryClaims.File file = secondary.file(batchId);
        return download(file.number(), file.content());
    }

    /** Back to the page, the reason shown there once (a download's answer is no view: the flash map is saved here). */
    private static ResponseEntity<byte[]> back(String notice, HttpServletRequest request,
                                               HttpServletResponse response) {
        RequestContextUtils.getOutputFlashMap(request).put("notice", notice);
        RequestContextUtils.saveOutputFlashMap(PAGE, request, response);
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, PAGE).build();
    }

    private static ResponseEntity<byte[]> download(int number, String file) {
        return ResponseEntity.ok().contentType(X12).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claims-batch-" + number + ".x12\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(file.getBytes(StandardCharsets.UTF_8));
    }
}
