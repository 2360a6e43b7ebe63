package org.rhomboid.certification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.TracksCertification;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.CertificationForm;
import org.rhomboid.plan.domain.CertificationReason;
import org.rhomboid.shared.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan of care's certification: each period with its status and records, the returned signature, and
 * recertification. Certification is administrative as much as clinical (the front desk files the signed plan that
 * comes back by fax), so every role that handles the patient's letters may read and record a signature.
 */
@Controller
@TracksCertification
class CertificationController {

    private final CertificationService certifications;

    private final ClinicDates clinicDates;

    CertificationController(CertificationService certifications, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.certifications = certifications;
    }

    @GetMapping("/episodes/{episodeId}/certification")
    String page(@PathVariable UUID episodeId, @RequestParam(defaultValue = "") String reason, Model model,
                RedirectAttributes redirect) {
        Map<String, List<String>> typed = new LinkedHashMap<>();
        if (!reason.isBlank()) {
            typed.put("reason", List.of(reason));
        }
        return render(episodeId, new CertificationForm(typed), Map.of(), model, redirect);
    }

    @PostMapping("/episodes/{episodeId}/certification")
    String record(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  RedirectAttributes redirect) {
        Map<String, List<String>> typed = new LinkedHashMap<>(params);
        typed.remove("_csrf");
        CertificationForm form = new CertificationForm(typed);
        try {
            boolean attached = file != null && !file.isEmpty();
            CertificationService.Scan scan = new CertificationService.Scan(form.value("documentId"),
                    attached ? file.getOriginalFilename() : null, attached ? file.getBytes() : null);
            CertificationService.Recorded recorded = certifications.record(episodeId, form, scan, clinicDates.today());
            if (!recorded.stored()) {
                return render(episodeId, form, recorded.errors(), model, redirect);
            }
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("notice", refused.getMessage());
            return "redirect:/episodes/" + episodeId;
        } catch (java.io.IOException interrupted) {
            return render(episodeId, form, Map.of("file", "The upload was interrupted; choose the file again"), model,
                    redirect);
        }
        redirect.addFlashAttribute("notice", "Certification recorded.");
        return "redirect:/episodes/" + episodeId + "/certification";
    }

    private String render(UUID episodeId, CertificationForm form, Map<String, String> errors, Model model,
                          RedirectAttributes redirect) {
        CertificationService.Page page;
        try {
            page = certifications.page(episodeId, clinicDates.today());
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("notice", refused.getMessage());
            return "redirect:/episodes/" + episodeId;
        }
        model.addAttribute("p", page);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("reasons", CertificationReason.values());
        model.addAttribute("methods", Certification.Method.values());
        model.addAttribute("tooLarge", org.rhomboid.outside.domain.DocumentUpload.TOO_LARGE);
        return "certification/page";
    }
}
