package org.rhomboid.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.access.SendsPatientLinks;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.link.PublicLinks;
import org.rhomboid.outcome.PatientMeasures;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff send the patient a one-time link to complete outcome measures on their phone before a progress visit;
 * the PSFS asks again about the activities the patient named at intake.
 */
@Controller
@SendsPatientLinks
class MeasuresLinkController {

    private final EpisodeService episodes;
    private final IntakeService intakes;
    private final PatientMeasures measures;
    private final PublicLinks links;

    MeasuresLinkController(EpisodeService episodes, IntakeService intakes, PatientMeasures measures,
                           PublicLinks links) {
        this.episodes = episodes;
        this.intakes = intakes;
        this.measures = measures;
        this.links = links;
    }

    @PostMapping("/episodes/{episodeId}/measures-link")
    String issue(@PathVariable UUID episodeId, @RequestParam(name = "instrument", required = false) List<String> chosen,
                 Model model, RedirectAttributes redirect) {
        List<OutcomeInstrument> instruments = new ArrayList<>();
        for (String name : chosen == null ? List.<String>of() : chosen) {
            try {
                instruments.add(OutcomeInstrument.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                redirect.addFlashAttribute("sendProblem", "Choose measures from the list.");
                return "redirect:/episodes/" + episodeId + "/outcomes#send";
            }
        }
        try {
            PatientMeasures.IssuedLink link = measures.request(episodeId, instruments,
                    psfsActivities(intakes, episodes.get(episodeId)));
            // From the configured public address, never the request's Host header.
            model.addAttribute("url", links.measures(link.token()));
            model.addAttribute("token", link.token()); // for "Send by e-mail" (mail), checked again there
            model.addAttribute("expiresAt", link.expiresAt());
            model.addAttribute("episodeId", episodeId);
            model.addAttribute("instruments", instruments);
            return "measures/link";
        } catch (FieldProblemException | ConflictException problem) {
            redirect.addFlashAttribute("sendProblem", problem.getMessage());
            redirect.addFlashAttribute("sendChosen", chosen);
            return "redirect:/episodes/" + episodeId + "/outcomes#send";
        }
    }

    /** The activities the patient named at intake, which a follow-up PSFS asks about again. */
    static List<String> psfsActivities(IntakeService intakes, Episode episode) {
        return intakes.of(episode)
                .filter(intake -> intake.answers() != null)
                .map(intake -> intake.answers().psfs().stream().map(p -> p.activity()).toList())
                .orElse(List.of());
    }
}
