package org.rhomboid.claims;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.Bills;
import org.rhomboid.claims.domain.ClaimRange;
import org.rhomboid.clinic.ClinicDates;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The biller's claims page: pick the visit dates, read what would be claimed and what is held back and why, make the
 * batch (the 837P file downloads), and download earlier batches again. The dates are no patient data, so they live in
 * the URL; batches are reached by opaque ids.
 */
@Controller
@Bills
class ClaimsController {

    static final MediaType X12 = MediaType.parseMediaType("application/edi-x12");

    private final ClaimsService claims;

    private final ClinicDates clinicDates;

    private final ClaimLife life;

    ClaimsController(ClaimsService claims, ClinicDates clinicDates, ClaimLife life) {
        this.clinicDates = clinicDates;
        this.claims = claims;
        this.life = life;
    }

    @GetMapping("/billing/claims")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String status, Model model) {
        // The claims sent, by status (an unknown status shows them all).
        org.rhomboid.claims.domain.ClaimStatus only = org.rhomboid.claims.domain.ClaimStatus.parse(status);
        model.addAttribute("statuses", org.rhomboid.claims.domain.ClaimStatus.values());
        model.addAttribute("status", only);
        model.addAttribute("sentClaims", life.list(only));
        if (from == null && to == null) {
            LocalDate today = clinicDates.today();
            model.addAttribute("typed", Map.of("from", today.withDayOfMonth(1).toString(), "to", today.toString()));
            model.addAttribute("errors", Map.of());
        } else {
            ClaimRange.Read read = ClaimRange.read(from, to);
            model.addAttribute("typed", read.typed());
            model.addAttribute("errors", read.errors());
            if (read.valid()) {
                model.addAttribute("preview", claims.preview(read.range()));
            }
        }
        model.addAttribute("batches", claims.batches());
        return "claims/page";
    }

    /** The batch's file as a download; without one (bad dates, nothing to claim) back to the page that says why. */
    @PostMapping("/billing/claims/batches")
    ResponseEntity<byte[]> create(@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to) {
        ClaimRange.Read read = ClaimRange.read(from, to);
        if (read.valid()) {
            ClaimsService.Created created = claims.create(read.range());
            if (created.file() != null) {
                return download(created.batch().number(), created.file());
            }
        }
        URI back = UriComponentsBuilder.fromPath("/billing/claims").queryParam("from", "{from}").queryParam("to", "{to}")
                .encode().buildAndExpand(backValue(read.typed().get("from")), backValue(read.typed().get("to"))).toUri();
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(back).build();
    }

    /** What is typed goes back to the page, but no more than a date's worth: a Location header has a size limit. */
    private static String backValue(String typed) {
        return typed == null ? "" : typed.length() > 40 ? typed.substring(0, 40) : typed;
    }

    @GetMapping("/billing/claims/batches/{batchId}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID batchId) {
        ClaimsService.File file = claims.file(batchId);
        return download(file.batch().number(), file.content());
    }

    private static ResponseEntity<byte[]> download(int number, String file) {
        return ResponseEntity.ok().contentType(X12).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claims-batch-" + number + ".x12\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(file.getBytes(StandardCharsets.UTF_8));
    }
}
