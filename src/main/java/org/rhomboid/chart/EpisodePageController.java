package org.rhomboid.chart;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.account.access.KeepsDemographics;
import org.rhomboid.account.access.Permission;
import org.rhomboid.account.access.ReadsClinicalRecords;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.document.PdfDownload;
import org.rhomboid.document.PdfRenderer;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.intake.BodyChart;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.outside.OutsideDocument;
import org.rhomboid.outside.OutsideDocuments;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.screening.EpisodeScreening;
import org.rhomboid.screening.RedFlagStatements;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.settings.ClinicSettings;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One episode: screening first (impossible to miss), then the patient's intake as they told it. */
@Controller
class EpisodePageController {

    private final EpisodeService episodes;
    private final PatientService patients;
    private final IntakeService intakes;
    private final ScreeningService screening;
    private final OutsideDocuments documents;
    private final RedFlagStatements redFlags;
    private final ClinicSettings clinic;
    private final PdfRenderer pdfs;

    private final ClinicDates clinicDates;

    EpisodePageController(EpisodeService episodes, PatientService patients, IntakeService intakes,
                          ScreeningService screening, OutsideDocuments documents, RedFlagStatements redFlags,
                          ClinicSettings clinic, PdfRenderer pdfs, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.redFlags = redFlags;
        this.clinic = clinic;
        this.pdfs = pdfs;
        this.episodes = episodes;
        this.patients = patients;
        this.intakes = intakes;
        this.screening = screening;
        this.documents = documents;
    }

    /**
     * Those who read clinical records see the screening, the intake's answers and the confirmed findings; the front
     * desk sees the episode's administrative details and whether the intake is in, so those are not even read.
     */
    @KeepsDemographics
    @GetMapping("/episodes/{episodeId}")
    String episode(@PathVariable UUID episodeId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        Episode episode = episodes.get(episodeId);
        Patient patient = patients.get(episode.patientId());
        boolean clinical = me.may(Permission.READ_CLINICAL_RECORDS);
        model.addAttribute("episode", episode);
        model.addAttribute("patient", patient);
        model.addAttribute("clinical", clinical);
        model.addAttribute("intake", intakes.of(episode).orElse(null));
        model.addAttribute("canManageEpisodes", me.may(Permission.MANAGE_EPISODES));
        if (clinical) {
            EpisodeScreening screened = screening.of(episode);
            model.addAttribute("screening", screened);
            model.addAttribute("back", BodyChart.BACK);
            model.addAttribute("front", BodyChart.FRONT);
            model.addAttribute("allFindings", Arrays.asList(Finding.values()));
            model.addAttribute("canJudge", me.may(Permission.WRITE_CLINICAL_RECORDS));
            // A physical therapist records the outcome of a concern, with a report already filed or uploaded there.
            boolean canClear = me.may(Permission.WRITE_CLINICAL_RECORDS) && !screened.concerns().isEmpty();
            model.addAttribute("canClear", canClear);
            model.addAttribute("clearanceDocuments", canClear ? documents.ofPatient(patient).stream()
                    .filter(d -> !d.enteredInError()).toList() : java.util.List.<OutsideDocument>of());
        }
        return "episodes/page";
    }

    /** The referral letter from the latest screening, with the red flags and precautions as they stand today. */
    @ReadsClinicalRecords
    @GetMapping("/episodes/{episodeId}/referral-letter")
    String referralLetter(@PathVariable UUID episodeId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        Episode episode = episodes.get(episodeId);
        model.addAttribute("episode", episode);
        model.addAttribute("patient", patients.get(episode.patientId()));
        model.addAttribute("screening", screening.of(episode));
        model.addAttribute("safety", redFlags.current(episode));
        model.addAttribute("author", me.displayName());
        return "episodes/referral-letter";
    }

    /** The same letter as a PDF to send: the clinic's letterhead and the patient on every page, like the other letters. */
    @ReadsClinicalRecords
    @GetMapping("/episodes/{episodeId}/referral-letter/pdf")
    ResponseEntity<byte[]> referralLetterPdf(@PathVariable UUID episodeId, @AuthenticationPrincipal StaffPrincipal me) {
        Episode episode = episodes.get(episodeId);
        Patient patient = patients.get(episode.patientId());
        LocalDate today = clinicDates.today();
        Map<String, Object> variables = new HashMap<>();
        variables.put("clinic", clinic.current());
        variables.put("episode", episode);
        variables.put("patient", patient);
        variables.put("latest", screening.of(episode).latest());
        variables.put("safety", redFlags.current(episode));
        variables.put("author", me.displayName());
        variables.put("today", today);
        return PdfDownload.inline(pdfs.render("documents/referral", variables), "referral-letter-" + today + ".pdf");
    }
}
