package org.rhomboid.intake;

import java.util.UUID;
import org.rhomboid.account.access.ManagesEpisodes;
import org.rhomboid.link.PublicLinks;
import org.rhomboid.shared.ConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Front desk or therapist: issue the patient's one-time intake link and show it once, to send. */
@Controller
@ManagesEpisodes
class IntakeLinkController {

    private final IntakeService intakes;
    private final PublicLinks links;

    IntakeLinkController(IntakeService intakes, PublicLinks links) {
        this.intakes = intakes;
        this.links = links;
    }

    @PostMapping("/episodes/{episodeId}/intake-link")
    String issue(@PathVariable UUID episodeId, Model model, RedirectAttributes redirect) {
        try {
            IntakeService.IssuedLink link = intakes.issueLink(episodeId);
            // From the configured public address, never the request's Host header.
            model.addAttribute("url", links.intake(link.token()));
            model.addAttribute("token", link.token()); // for "Send by e-mail" (mail), checked again there
            model.addAttribute("expiresAt", link.expiresAt());
            model.addAttribute("episodeId", episodeId);
            return "intake/link";
        } catch (ConflictException conflict) {
            redirect.addFlashAttribute("notice", conflict.getMessage());
            return "redirect:/episodes/" + episodeId;
        }
    }
}
