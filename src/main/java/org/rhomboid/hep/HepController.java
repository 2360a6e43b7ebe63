package org.rhomboid.hep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.account.access.DocumentsTreatment;
import org.rhomboid.account.access.ReadsClinicalRecords;
import org.rhomboid.account.access.SendsPatientLinks;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.document.PdfDownload;
import org.rhomboid.document.QrCodes;
import org.rhomboid.episode.Episode;
import org.rhomboid.exercise.domain.Dosage;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.ExerciseSafety;
import org.rhomboid.exercise.domain.FigureRenderer;
import org.rhomboid.hep.domain.ProgramExercise;
import org.rhomboid.hep.domain.ProgramForm;
import org.rhomboid.link.PublicLinks;
import org.rhomboid.outcome.TrendChart;
import org.rhomboid.shared.ConflictException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The episode's home exercise page: the programme in force and its history, prescribing the next version from
 * suggestions fitted to the patient (unsafe exercises flagged with the reason), portal access, and what the
 * patient has logged — adherence by week, the pain trend, their comments and the suggestion that follows.
 */
@Controller
@ReadsClinicalRecords
class HepController {

    private static final List<String> FIELDS = List.of("sets", "reps", "holdSeconds", "minutes", "timesPerDay",
            "daysPerWeek", "instructions", "safetyNote", "patientNote");

    private final HomePrograms programs;
    private final HomeExerciseProgress progress;
    private final PortalAccess portal;
    private final Handouts handouts;
    private final HandoutPdfs handoutPdfs;
    private final PublicLinks links;

    private final ClinicDates clinicDates;

    HepController(HomePrograms programs, HomeExerciseProgress progress, PortalAccess portal, Handouts handouts, PublicLinks links, ClinicDates clinicDates, HandoutPdfs handoutPdfs) {
        this.handoutPdfs = handoutPdfs;
        this.clinicDates = clinicDates;
        this.programs = programs;
        this.progress = progress;
        this.portal = portal;
        this.handouts = handouts;
        this.links = links;
    }

    /** The handout without a portal link (links are shown once, when the clinic opens or renews them). */
    @GetMapping("/episodes/{episodeId}/hep/handout")
    ResponseEntity<byte[]> handout(@PathVariable UUID episodeId) {
        return pdf(handouts.handout(episodeId, null, clinicDates.today()));
    }

    /** The handout with the link just issued: printed only if it is still the episode's live link. */
    @SendsPatientLinks
    @PostMapping("/episodes/{episodeId}/hep/handout")
    ResponseEntity<byte[]> handoutWithLink(@PathVariable UUID episodeId,
                                           @RequestParam(name = "token", defaultValue = "") String token) {
        if (!portal.isLive(episodeId, token)) {
            throw new ConflictException("This portal link has been renewed or revoked since: print the handout "
                    + "from the new link, or without one.");
        }
        return pdf(handouts.handout(episodeId, links.portal(token), clinicDates.today()));
    }

    private ResponseEntity<byte[]> pdf(Handouts.Handout handout) {
        byte[] pdf = handoutPdfs.render(handout);
        return PdfDownload.inline(pdf, "home-exercise-programme-v" + handout.program().version() + ".pdf");
    }

    @GetMapping("/episodes/{episodeId}/hep")
    String page(@PathVariable UUID episodeId, Model model) {
        return render(episodeId, null, Map.of(), model);
    }

    @PostMapping("/episodes/{episodeId}/hep")
    @DocumentsTreatment
    String prescribe(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params, Model model,
                     RedirectAttributes redirect) {
        Map<String, List<String>> form = new LinkedHashMap<>(params);
        form.remove("_csrf");
        ProgramForm.Checked checked;
        try {
            checked = programs.prescribe(episodeId, form, clinicDates.today());
        } catch (ConflictException refused) {
            model.addAttribute("prescribeFailed", true);
            return render(episodeId, form, Map.of("exercises", refused.getMessage()), model);
        }
        if (!checked.valid()) {
            model.addAttribute("prescribeFailed", true);
            return render(episodeId, form, checked.errors(), model);
        }
        redirect.addFlashAttribute("notice", "Home programme saved: the patient sees it in their portal from "
                + clinicDates.day(checked.effectiveFrom()) + ".");
        return "redirect:/episodes/" + episodeId + "/hep";
    }

    @SendsPatientLinks
    @PostMapping("/episodes/{episodeId}/portal-link")
    String issue(@PathVariable UUID episodeId, Model model, RedirectAttributes redirect) {
        try {
            String token = portal.issue(episodeId);
            // From the configured public address, never the request's Host header: the QR code carries it too.
            String url = links.portal(token);
            model.addAttribute("url", url);
            model.addAttribute("token", token);
            model.addAttribute("qr", QrCodes.svg(url, "Scan to open your exercise portal"));
            model.addAttribute("episodeId", episodeId);
            return "hep/link";
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("notice", refused.getMessage());
            return "redirect:/episodes/" + episodeId + "/hep";
        }
    }

    @SendsPatientLinks
    @PostMapping("/episodes/{episodeId}/portal-link/revoke")
    String revoke(@PathVariable UUID episodeId, RedirectAttributes redirect) {
        boolean revoked = portal.revoke(episodeId);
        redirect.addFlashAttribute("notice", revoked ? "Portal link revoked: it no longer opens anything."
                : "There was no working portal link to revoke.");
        return "redirect:/episodes/" + episodeId + "/hep#portal";
    }

    private String render(UUID episodeId, Map<String, List<String>> typed, Map<String, String> errors, Model model) {
        HomePrograms.Choices choices = programs.choices(episodeId);
        Episode episode = choices.episode();
        LocalDate today = clinicDates.today();
        List<Program> versions = programs.versions(episode);
        Optional<Program> current = HomePrograms.inForce(versions, today);
        Optional<Program> latest = versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        HomeExerciseProgress.Report report = progress.report(episode, versions, today);
        model.addAttribute("episode", episode);
        model.addAttribute("patient", choices.patient());
        model.addAttribute("choices", choices);
        model.addAttribute("notScreened", HomePrograms.NOT_SCREENED);
        List<Program> newestFirst = new ArrayList<>(versions);
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("versions", newestFirst);
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("scheduled", latest.filter(p -> p.effectiveFrom().isAfter(today)).orElse(null));
        model.addAttribute("figures", figures(current.map(programs::exercisesOf).orElse(List.of())));
        List<PrescriptionRow> rows = rows(choices, latest.orElse(null), typed);
        model.addAttribute("suggestedRows", rows.stream().filter(PrescriptionRow::suggested).toList());
        model.addAttribute("otherRows", rows.stream().filter(r -> !r.suggested()).toList());
        model.addAttribute("errorsInOthers", rows.stream().filter(r -> !r.suggested())
                .anyMatch(r -> errors.keySet().stream().anyMatch(k -> k.startsWith("ex." + r.index() + "."))
                        || r.chosen()));
        model.addAttribute("typedFrom", typed == null ? "" : first(typed, "effectiveFrom"));
        model.addAttribute("typedMessage", typed == null ? latest.map(Program::message).orElse("")
                : first(typed, "message"));
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("adherenceChart", AdherenceChart.svg(report.weeks(),
                report.thresholds().progressAdherencePercent(), clinicDates.words()));
        model.addAttribute("painChart", TrendChart.svg(new TrendChart.Series("Pain at home", "/10",
                report.pain().stream().filter(d -> d.worst() != null)
                        .map(d -> new TrendChart.Point(d.date(), d.worst())).toList(), 0, 10, 2.0, false, List.of(),
                "Date logged", "Worst pain of the day (0–10)"), clinicDates.words()));
        List<PortalRepository.Access> accesses = portal.history(episode);
        model.addAttribute("accesses", accesses);
        model.addAttribute("portalLastDay", accesses.isEmpty() || !accesses.get(0).live() ? null
                : portal.lastDay(episode, accesses.get(0).issuedAt().toLocalDate(), today));
        return "hep/page";
    }

    private static Map<String, String> figures(List<Exercise> exercises) {
        Map<String, String> figures = new HashMap<>();
        exercises.forEach(e -> figures.put(e.code(), FigureRenderer.animated(e)));
        return figures;
    }

    /** Every offered exercise as a row: suggestions first; chosen as typed, else as in the latest version. */
    private static List<PrescriptionRow> rows(HomePrograms.Choices choices, Program latest, Map<String, List<String>> typed) {
        List<PrescriptionRow> rows = new ArrayList<>();
        List<ExerciseSafety.Verdict> all = new ArrayList<>(choices.suggested());
        all.addAll(choices.others());
        for (int i = 0; i < all.size(); i++) {
            ExerciseSafety.Verdict verdict = all.get(i);
            Exercise exercise = verdict.exercise();
            Map<String, String> values = new HashMap<>();
            boolean chosen;
            if (typed != null) {
                chosen = exercise.code().equals(first(typed, "ex." + i + ".code"));
                for (String field : FIELDS) {
                    values.put(field, first(typed, "ex." + i + "." + field));
                }
            } else {
                ProgramExercise prescribed = latest == null ? null : latest.exercises().stream()
                        .filter(e -> e.code().equals(exercise.code())).findFirst().orElse(null);
                chosen = prescribed != null;
                values.putAll(dosage(prescribed == null ? exercise.dosage() : prescribed.dosage()));
                if (prescribed != null) {
                    values.put("instructions", prescribed.instructions() == null ? "" : prescribed.instructions());
                    values.put("safetyNote", prescribed.safetyNote() == null ? "" : prescribed.safetyNote());
                    values.put("patientNote", prescribed.patientNote() == null ? "" : prescribed.patientNote());
                }
            }
            rows.add(new PrescriptionRow(i, verdict, i < choices.suggested().size(), chosen, values,
                    FigureRenderer.still(exercise.end(), exercise.props(), exercise.name())));
        }
        return rows;
    }

    private static Map<String, String> dosage(Dosage d) {
        Map<String, String> values = new HashMap<>();
        values.put("sets", String.valueOf(d.sets()));
        values.put("reps", d.reps() == null ? "" : String.valueOf(d.reps()));
        values.put("holdSeconds", d.holdSeconds() == null ? "" : String.valueOf(d.holdSeconds()));
        values.put("minutes", d.minutes() == null ? "" : String.valueOf(d.minutes()));
        values.put("timesPerDay", String.valueOf(d.timesPerDay()));
        values.put("daysPerWeek", String.valueOf(d.daysPerWeek()));
        return values;
    }

    private static String first(Map<String, List<String>> form, String field) {
        List<String> values = form.getOrDefault(field, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }
}
