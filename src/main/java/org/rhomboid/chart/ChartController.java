package org.rhomboid.chart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.access.KeepsDemographics;
import org.rhomboid.account.access.Permission;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.outside.OutsideDocuments;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.screening.EpisodeScreening;
import org.rhomboid.screening.ScreeningService;
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
    private final ScreeningService screening;
    private final OutsideDocuments documents;
    private final org.rhomboid.patient.EmergencyAccess access;

    ChartController(PatientService patients, EpisodeService episodes, ScreeningService screening,
                    OutsideDocuments documents, org.rhomboid.patient.EmergencyAccess access) {
        this.access = access;
        this.patients = patients;
        this.episodes = episodes;
        this.screening = screening;
        this.documents = documents;
    }

    @KeepsDemographics
    @GetMapping("/patients/{patientId}")
    String chart(@PathVariable UUID patientId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        Patient patient = patients.get(patientId);
        model.addAttribute("patient", patient);
        List<Episode> list = episodes.of(patient);
        model.addAttribute("episodes", list);
        // The red-flag banner of every episode still in care sits above everything else, for those who read
        // clinical records; the front desk's chart is demographics and episodes only, so it is not even read.
        boolean clinical = me.may(Permission.READ_CLINICAL_RECORDS);
        Map<UUID, EpisodeScreening> banners = new LinkedHashMap<>();
        if (clinical) {
            list.stream().filter(e -> e.status() != EpisodeStatus.DISCHARGED)
                    .forEach(e -> banners.put(e.id(), screening.of(e)));
        }
        model.addAttribute("screenings", banners);
        model.addAttribute("clinical", clinical);
        model.addAttribute("canManageEpisodes", me.may(Permission.MANAGE_EPISODES));
        model.addAttribute("documents", documents.ofPatient(patient));
        model.addAttribute("restriction", access.restriction(patient.id()).orElse(null));
        model.addAttribute("recordAccess", me.may(Permission.ADMINISTER_CLINIC) ? access.setting(patient.id()) : null);
        return "patients/chart";
    }
}
