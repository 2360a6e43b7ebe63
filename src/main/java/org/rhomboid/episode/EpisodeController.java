package org.rhomboid.episode;

import java.util.UUID;
import jakarta.validation.Valid;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffDirectory;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.access.ManagesEpisodes;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.episode.domain.BodyRegion;
import org.rhomboid.episode.domain.Mechanism;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
@ManagesEpisodes
class EpisodeController {

    private final EpisodeService episodes;
    private final PatientService patients;
    private final StaffDirectory staff;

    private final ClinicDates clinicDates;

    EpisodeController(EpisodeService episodes, PatientService patients, StaffDirectory staff, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.episodes = episodes;
        this.patients = patients;
        this.staff = staff;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("regions", BodyRegion.values());
        model.addAttribute("mechanisms", Mechanism.values());
        model.addAttribute("therapists", staff.activeTherapists());
    }

    @GetMapping("/patients/{patientId}/episodes/new")
    String newEpisode(@PathVariable UUID patientId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("patient", patients.get(patientId));
        model.addAttribute("episode", EpisodeDetails.opening(me.has(Role.PT) ? me.userId() : null));
        return "episodes/form";
    }

    @PostMapping("/patients/{patientId}/episodes")
    String open(@PathVariable UUID patientId, @Valid @ModelAttribute("episode") EpisodeDetails details,
                BindingResult binding, Model model) {
        Patient patient = patients.get(patientId);
        model.addAttribute("patient", patient);
        if (binding.hasErrors()) {
            return "episodes/form";
        }
        try {
            episodes.open(patientId, details);
            return "redirect:/patients/" + patientId;
        } catch (FieldProblemException problem) {
            Forms.reject(binding, problem);
            return "episodes/form";
        }
    }

    @GetMapping("/episodes/{episodeId}/edit")
    String edit(@PathVariable UUID episodeId, Model model) {
        Episode episode = episodes.get(episodeId);
        editing(episode, model);
        model.addAttribute("episode", episode.details());
        return "episodes/form";
    }

    @PostMapping("/episodes/{episodeId}")
    String change(@PathVariable UUID episodeId, @Valid @ModelAttribute("episode") EpisodeDetails details,
                  BindingResult binding, Model model) {
        Episode current = episodes.get(episodeId);
        editing(current, model);
        if (binding.hasErrors()) {
            return "episodes/form";
        }
        try {
            episodes.change(episodeId, details);
            return "redirect:/patients/" + current.patientId();
        } catch (FieldProblemException problem) {
            Forms.reject(binding, problem);
        } catch (ConflictException conflict) {
            binding.reject("conflict", conflict.getMessage());
        }
        return "episodes/form";
    }

    /** Corrects the start of care, with the reason (kept in the episode's history). */
    @PostMapping("/episodes/{episodeId}/start-date")
    String changeStart(@PathVariable UUID episodeId,
                       @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String startedOn,
                       @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String reason,
                       @org.springframework.web.bind.annotation.RequestParam(defaultValue = "-1") int version,
                       Model model, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        Episode current = episodes.get(episodeId);
        java.util.Map<String, String> errors;
        try {
            errors = episodes.changeStart(episodeId, parse(startedOn), reason,
                    version < 0 ? current.version() : version, clinicDates.today());
        } catch (ConflictException conflict) {
            errors = java.util.Map.of("startedOn", conflict.getMessage());
        }
        if (errors.isEmpty()) {
            redirect.addFlashAttribute("notice", "Start of care changed to " + clinicDates.day(parse(startedOn)) + ".");
            return "redirect:/episodes/" + episodeId;
        }
        editing(current, model);
        model.addAttribute("episode", current.details());
        model.addAttribute("startErrors", errors);
        model.addAttribute("typedStart", startedOn);
        model.addAttribute("typedReason", reason);
        return "episodes/form";
    }

    private static java.time.LocalDate parse(String raw) {
        try {
            return raw.isBlank() ? null : java.time.LocalDate.parse(raw.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    /** What the change form shows besides the fields: whose episode, its start, and the statuses it may move to. */
    private void editing(Episode episode, Model model) {
        model.addAttribute("patient", patients.get(episode.patientId()));
        model.addAttribute("episodeId", episode.id());
        model.addAttribute("current", episode);
        model.addAttribute("startChanges", episodes.startChanges(episode));
        model.addAttribute("statuses", episode.status().allowedNext().stream().sorted().toList());
    }
}
