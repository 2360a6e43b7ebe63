package org.rhomboid.mail;

import java.util.UUID;
import org.rhomboid.account.access.ManagesEpisodes;
import org.rhomboid.account.access.SendsPatientLinks;
import org.rhomboid.mail.domain.LinkKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Send by e-mail" beside a patient link that was just issued: the intake link (who issues it: front desk too), the
 * measures and exercise portal links (who sends those). htmx swaps the section; without it a page shows the same.
 */
@Controller
class LinkMailController {

    private final LinkMail mail;

    LinkMailController(LinkMail mail) {
        this.mail = mail;
    }

    @ManagesEpisodes
    @PostMapping("/episodes/{episodeId}/intake-link/mail")
    String intake(@PathVariable UUID episodeId, @RequestParam(required = false) String token,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String address,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return send(LinkKind.INTAKE, episodeId, token, to, address, htmx, model);
    }

    @SendsPatientLinks
    @PostMapping("/episodes/{episodeId}/measures-link/mail")
    String measures(@PathVariable UUID episodeId, @RequestParam(required = false) String token,
                    @RequestParam(required = false) String to, @RequestParam(required = false) String address,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return send(LinkKind.MEASURES, episodeId, token, to, address, htmx, model);
    }

    @SendsPatientLinks
    @PostMapping("/episodes/{episodeId}/portal-link/mail")
    String portal(@PathVariable UUID episodeId, @RequestParam(required = false) String token,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String address,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return send(LinkKind.PORTAL, episodeId, token, to, address, htmx, model);
    }

    private String send(LinkKind kind, UUID episodeId, String token, String to, String address, String htmx,
                        Model model) {
        LinkMail.Result result = mail.send(kind, episodeId, token, to, address);
        model.addAttribute("kind", kind.slug());
        model.addAttribute("episodeId", episodeId);
        model.addAttribute("token", result.sent() ? null : token);
        model.addAttribute("mailErrors", result.errors());
        model.addAttribute("mailSentTo", result.sentTo());
        model.addAttribute("mailTo", to);
        model.addAttribute("mailAddress", address);
        return "true".equals(htmx) ? "mail/send-link :: form(kind=${kind}, episodeId=${episodeId}, token=${token})"
                : "mail/link-mail";
    }
}
