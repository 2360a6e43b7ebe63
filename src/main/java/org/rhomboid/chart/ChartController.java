package org.rhomboid.chart;

import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.episode.CanManageEpisodes;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The patient's chart: who they are and their episodes of care. Later features add their panels here. */
@Controller
class ChartController {

    private final PatientService patients;
    private final EpisodeService episodes;

    ChartController(PatientService patients, EpisodeService episodes) {
        this.patients = patients;
        this.episodes = episodes;
    }

    @GetMapping("/patients/{patientId}")
    String chart(@PathVariable UUID patientId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        Patient patient = patients.get(patientId);
        model.addAttribute("patient", patient);
        model.addAttribute("episodes", episodes.of(patient));
        model.addAttribute("canManageEpisodes", me.hasAny(CanManageEpisodes.ROLES));
        return "patients/chart";
    }
}
