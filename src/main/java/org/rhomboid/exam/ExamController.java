package org.rhomboid.exam;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.ReadsClinicalRecords;
import org.rhomboid.account.access.WritesClinicalRecords;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.exam.domain.ExamChoices;
import org.rhomboid.exam.domain.ExamForm;
import org.rhomboid.patient.PatientService;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The structured examination form (one page, sections a therapist fills in any order, carried forward from the
 * last examination) and the posture photo behind it. Recording an examination is a physical therapist's job.
 */
@Controller
class ExamController {

    /** Fields that steer the request and are not part of the examination. */
    private static final List<String> CONTROL_FIELDS = List.of("_csrf", "action", "palpMode", "markMode");

    private final ExamService exams;
    private final EpisodeService episodes;
    private final PatientService patients;

    ExamController(ExamService exams, EpisodeService episodes, PatientService patients) {
        this.exams = exams;
        this.episodes = episodes;
        this.patients = patients;
    }

    @GetMapping("/episodes/{episodeId}/exam")
    @WritesClinicalRecords
    String form(@PathVariable UUID episodeId, Model model) {
        Episode episode = episodes.get(episodeId);
        var latest = exams.latest(episode);
        model.addAttribute("carriedFrom", latest.orElse(null));
        ExamForm form = latest.map(ExamService::carriedForward).orElse(ExamForm.empty());
        return render(episode, form, Map.of(), null, model);
    }

    @PostMapping("/episodes/{episodeId}/exam")
    @WritesClinicalRecords
    String save(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params,
                @RequestParam(name = "photoFile", required = false) MultipartFile photoFile,
                @RequestParam(name = "action", defaultValue = "save") String action, Model model,
                RedirectAttributes redirect) throws IOException {
        Episode episode = episodes.get(episodeId);
        Map<String, List<String>> fields = new LinkedHashMap<>(params);
        CONTROL_FIELDS.forEach(fields::remove);
        ExamForm form = new ExamForm(fields);
        if ("upload".equals(action)) {
            try {
                UUID photo = exams.uploadPhoto(episodeId, photoFile == null ? null : photoFile.getBytes());
                Map<String, String> replaced = new LinkedHashMap<>();
                replaced.put("photo", photo.toString());
                for (String mark : List.of("tragusX", "tragusY", "c7X", "c7Y")) {
                    replaced.put(mark, null);
                }
                return render(episode, form.with(replaced), Map.of(),
                        "Photo uploaded. Click the tragus of the ear, then C7.", model);
            } catch (FieldProblemException problem) {
                return render(episode, form, Map.of(problem.field(), problem.getMessage()), null, model);
            }
        }
        ExamService.Saved saved = exams.record(episodeId, form);
        if (!saved.errors().isEmpty()) {
            return render(episode, form, saved.errors(), null, model);
        }
        redirect.addFlashAttribute("notice", "Examination recorded; screening re-run with its findings.");
        return "redirect:/episodes/" + episodeId + "/evaluation";
    }

    /** The photo itself: only for signed-in staff of the clinic, never cached, audited like any chart read. */
    @ReadsClinicalRecords
    @GetMapping("/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID photoId) {
        PosturePhoto photo = exams.photo(photoId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline").body(photo.bytes());
    }

    private String render(Episode episode, ExamForm form, Map<String, String> errors, String notice, Model model) {
        model.addAttribute("episode", episode);
        model.addAttribute("patient", patients.get(episode.patientId()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("photoNotice", notice);
        model.addAttribute("photoSize", exams.photoSize(episode.id(), form.value("photo")).orElse(null));
        model.addAttribute("c", choices());
        return "exam/form";
    }

    private static Map<String, Object> choices() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("head", ExamChoices.HeadPosition.values());
        c.put("shoulders", ExamChoices.ShoulderLevel.values());
        c.put("kyphosis", ExamChoices.Kyphosis.values());
        c.put("scapulae", ExamChoices.Scapulae.values());
        c.put("breathing", ExamChoices.Breathing.values());
        c.put("gait", ExamChoices.Gait.values());
        c.put("movements", ExamChoices.Movement.values());
        c.put("romUnits", ExamChoices.RomUnit.values());
        c.put("pain", ExamChoices.PainResponse.values());
        c.put("screens", ExamChoices.Screen.values());
        c.put("sensations", ExamChoices.Sensation.values());
        c.put("reflexes", ExamChoices.Reflex.values());
        c.put("reflexSites", ExamChoices.ReflexSite.values());
        c.put("umn", ExamChoices.UmnSign.values());
        c.put("results", ExamChoices.TestResult.values());
        c.put("sides", ExamChoices.Side.values());
        c.put("tests", ExamChoices.SpecialTest.values());
        c.put("mobility", ExamChoices.Mobility.values());
        c.put("pulses", ExamChoices.Pulses.values());
        c.put("coreMeasures", ExamChoices.CoreMeasure.values());
        c.put("segments", ExamChoices.SEGMENTS);
        c.put("dermatomes", ExamChoices.DERMATOMES);
        c.put("myotomes", ExamChoices.MYOTOMES);
        c.put("ribNumbers", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        return c;
    }
}
