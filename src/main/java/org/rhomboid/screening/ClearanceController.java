package org.rhomboid.screening;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.web.Forms;
import org.rhomboid.account.access.WritesClinicalRecords;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Record the outcome" of a concern on the episode page: a physical therapist's clinical judgement. A refused form
 * goes back to its concern with every message beside its field and what was typed (the file must be chosen again:
 * browsers never keep one).
 */
@Controller
@WritesClinicalRecords
class ClearanceController {

    private final ConcernClearances clearances;

    ClearanceController(ConcernClearances clearances) {
        this.clearances = clearances;
    }

    @PostMapping("/episodes/{episodeId}/clearances")
    String record(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params,
                  @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        Map<String, List<String>> typed = Forms.typed(params);
        String condition = typed.getOrDefault("condition", List.of("")).stream().findFirst().orElse("");
        ConcernClearances.Recorded recorded;
        try {
            boolean attached = file != null && !file.isEmpty();
            recorded = clearances.record(episodeId, condition, typed, attached ? file.getOriginalFilename() : null,
                    attached ? file.getBytes() : null);
        } catch (IOException interrupted) {
            recorded = new ConcernClearances.Recorded(null, Map.of("file",
                    "The upload was interrupted; choose the file again"));
        }
        if (recorded.recorded()) {
            redirect.addFlashAttribute("notice", "Outcome recorded; screening re-run.");
            return "redirect:/episodes/" + episodeId + "#concerns";
        }
        Map<String, String> kept = new LinkedHashMap<>();
        typed.forEach((name, values) -> kept.put(name, values.isEmpty() ? "" : values.get(0)));
        redirect.addFlashAttribute("clearanceCondition", condition);
        redirect.addFlashAttribute("clearanceForm", kept);
        redirect.addFlashAttribute("clearanceErrors", recorded.errors());
        return "redirect:/episodes/" + episodeId + "#concerns";
    }
}
