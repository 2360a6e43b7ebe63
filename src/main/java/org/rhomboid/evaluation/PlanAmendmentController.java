package org.rhomboid.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.ReadsClinicalRecords;
import org.rhomboid.account.access.WritesClinicalRecords;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.intervention.domain.InterventionSafety;
import org.rhomboid.patient.PatientService;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.SafetyContext;
import org.rhomboid.plan.domain.PlanOfCare;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a signed plan of care: the PT adds interventions — each with its safety verdict, contraindicated ones
 * refused, cautions needing a note — and says why. The signed plan itself never changes.
 */
@Controller
@ReadsClinicalRecords
class PlanAmendmentController {

    private final EpisodeService episodes;
    private final PatientService patients;
    private final PlanService plans;
    private final ScreeningService screening;
    private final IntakeService intakes;

    PlanAmendmentController(EpisodeService episodes, PatientService patients, PlanService plans,
                            ScreeningService screening, IntakeService intakes) {
        this.episodes = episodes;
        this.patients = patients;
        this.plans = plans;
        this.screening = screening;
        this.intakes = intakes;
    }

    @GetMapping("/episodes/{episodeId}/plan/amend")
    String page(@PathVariable UUID episodeId, Model model) {
        return render(episodes.get(episodeId), Map.of(), Map.of(), model);
    }

    @PostMapping("/episodes/{episodeId}/plan/amend")
    @WritesClinicalRecords
    String amend(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params, Model model,
                 RedirectAttributes redirect) {
        Map<String, List<String>> typed = Forms.typed(params);
        Map<Intervention, String> added = new EnumMap<>(Intervention.class);
        for (String name : typed.getOrDefault("intervention", List.of())) {
            try {
                Intervention i = Intervention.valueOf(name);
                List<String> note = typed.getOrDefault("caution." + i.name(), List.of());
                added.put(i, note.isEmpty() ? "" : note.get(0));
            } catch (IllegalArgumentException unknown) {
                return render(episodes.get(episodeId), typed,
                        Map.of("intervention", "Choose interventions from the list"), model);
            }
        }
        List<String> reason = typed.getOrDefault("reason", List.of());
        Map<String, String> errors = plans.amend(episodeId, added, reason.isEmpty() ? "" : reason.get(0));
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", "Plan of care amended and signed.");
            return "redirect:/episodes/" + episodeId + "/plan/amend";
        }
        return render(episodes.get(episodeId), typed, errors, model);
    }

    private String render(Episode episode, Map<String, List<String>> typed, Map<String, String> errors, Model model) {
        PlanOfCare plan = plans.plan(episode).orElseThrow(() -> new ConflictException("The episode has no plan of care."));
        Map<Intervention, String> inForce = plans.interventionsInForce(episode, plan);
        SafetyContext safety = PlanService.safety(screening.of(episode), intakes.of(episode).orElse(null));
        List<Intervention> others = java.util.Arrays.stream(Intervention.values())
                .filter(i -> !inForce.containsKey(i)).toList();
        List<InterventionSafety.Verdict> verdicts = safety.verdicts(others, plan.declaredConditions());
        model.addAttribute("episode", episode);
        model.addAttribute("patient", patients.get(episode.patientId()));
        model.addAttribute("inForce", inForce.keySet());
        model.addAttribute("verdicts", verdicts);
        model.addAttribute("amendments", plans.amendments(episode));
        model.addAttribute("signed", plans.signed(episode));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "evaluation/amend";
    }
}
