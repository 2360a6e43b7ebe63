package org.rhomboid.intake;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.rhomboid.account.access.ManagesEpisodes;
import org.rhomboid.shared.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Front desk or therapist: issue the patient's one-time intake link and show it once, to send. */
@Controller
@ManagesEpisodes
class IntakeLinkController {

    private final IntakeService intakes;

    IntakeLinkController(IntakeService intakes) {
        this.intakes = intakes;
    }

    @PostMapping("/episodes/{episodeId}/intake-link")
    String issue(@PathVariable UUID episodeId, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        try {
            IntakeService.IssuedLink link = intakes.issueLink(episodeId);
            model.addAttribute("url", ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/intake/{token}").buildAndExpand(link.token()).toUriString());
            model.addAttribute("expiresAt", link.expiresAt());
            model.addAttribute("episodeId", episodeId);
            return "intake/link";
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("notice", conflict.getMessage());
            return "redirect:/episodes/" + episodeId;
        }
    }
}
