package org.rhomboid.chart;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.DocumentsTreatment;
import org.rhomboid.account.access.ReadsClinicalRecords;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.exam.ExamService;
import org.rhomboid.intake.IntakeService;
import org.rhomboid.outcome.OutcomeResult;
import org.rhomboid.outcome.OutcomeService;
import org.rhomboid.outcome.PatientMeasures;
import org.rhomboid.outcome.TrendChart;
import org.rhomboid.outcome.domain.Change;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.outcome.domain.OutcomeScore;
import org.rhomboid.outcome.domain.Scores;
import org.rhomboid.outcome.domain.ScoringException;
import org.rhomboid.patient.PatientService;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.StoredGoal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Progress over an episode: each outcome measure as a trend chart with the MCID band and goal targets, baseline
 * against latest, range of motion and strength from the examinations, and forms to record a new result
 * (therapists and assistants).
 */
@Controller
class ProgressController {

    /** One measure on the page. */
    record Measure(OutcomeInstrument instrument, List<OutcomeResult> results, String chart, Change change) {
        OutcomeResult baseline() {
            return results.get(0);
        }

        OutcomeResult latest() {
            return results.get(results.size() - 1);
        }
    }

    /** One FABQ on the page, with its two subscales (the FABQ has no total). */
    record FabqResult(OutcomeResult result, OutcomeScore.FabqSubscales subscales) {}

    private final EpisodeService episodes;
    private final PatientService patients;
    private final OutcomeService outcomes;
    private final PlanService plans;
    private final ExamService exams;

    private final IntakeService intakes;
    private final PatientMeasures patientMeasures;

    private final ClinicDates clinicDates;

    ProgressController(EpisodeService episodes, PatientService patients, OutcomeService outcomes, PlanService plans,
                       ExamService exams, IntakeService intakes, PatientMeasures patientMeasures, ClinicDates clinicDates) {
        this.clinicDates = clinicDates;
        this.intakes = intakes;
        this.patientMeasures = patientMeasures;
        this.episodes = episodes;
        this.patients = patients;
        this.outcomes = outcomes;
        this.plans = plans;
        this.exams = exams;
    }

    @ReadsClinicalRecords
    @GetMapping("/episodes/{episodeId}/outcomes")
    String page(@PathVariable UUID episodeId, Model model) {
        return render(episodes.get(episodeId), null, Map.of(), Map.of(), model);
    }

    @PostMapping("/episodes/{episodeId}/outcomes")
    @DocumentsTreatment
    String record(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        Episode episode = episodes.get(episodeId);
        OutcomeInstrument instrument;
        try {
            instrument = OutcomeInstrument.valueOf(params.getFirst("instrument"));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            redirect.addFlashAttribute("notice", "Choose a measure to record.");
            return "redirect:/episodes/" + episodeId + "/outcomes";
        }
        Map<String, String> typed = new LinkedHashMap<>();
        params.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.get(0)));
        Map<String, String> errors = new LinkedHashMap<>();
        List<Integer> responses = new ArrayList<>();
        for (int i = 0; i < instrument.maxItems(); i++) {
            String raw = typed.getOrDefault("r" + i, "").strip();
            if (raw.isEmpty()) {
                responses.add(null);
            } else if (raw.matches("-?\\d{1,2}")) {
                responses.add(Integer.valueOf(raw));
            } else {
                errors.put("r" + i, "Enter a whole number from " + instrument.lowest() + " to " + instrument.highest());
                responses.add(null);
            }
        }
        // PSFS: as many activities as the patient named; unused rows at the end are not "missing".
        while (instrument == OutcomeInstrument.PSFS && responses.size() > 1 && responses.get(responses.size() - 1) == null) {
            responses.remove(responses.size() - 1);
        }
        // NPRS: the pain now alone is the single-rating form; best and worst left blank together are not "missing".
        if (instrument == OutcomeInstrument.NPRS && responses.get(0) != null && responses.get(1) == null
                && responses.get(2) == null && errors.isEmpty()) {
            responses.subList(1, 3).clear();
        }
        LocalDate measuredOn = null;
        try {
            measuredOn = LocalDate.parse(typed.getOrDefault("measuredOn", ""));
            if (measuredOn.isAfter(clinicDates.today()) || measuredOn.isBefore(episode.onsetDate())) {
                errors.put("measuredOn", "Use a date between the onset and today");
            }
        } catch (DateTimeParseException notADate) {
            errors.put("measuredOn", "Give the date measured");
        }
        if (errors.isEmpty()) {
            try {
                outcomes.record(episodeId, instrument, responses, measuredOn);
                redirect.addFlashAttribute("notice", instrument.name() + " recorded.");
                return "redirect:/episodes/" + episodeId + "/outcomes#" + instrument.name();
            } catch (ScoringException refused) {
                String field = refused.field().startsWith("responses[")
                        ? "r" + refused.field().substring(10, refused.field().length() - 1) : "form";
                errors.put(field, refused.getMessage());
            }
        }
        return render(episode, instrument, typed, errors, model);
    }

    private String render(Episode episode, OutcomeInstrument open, Map<String, String> typed, Map<String, String> errors,
                          Model model) {
        List<OutcomeResult> results = outcomes.results(episode);
        List<StoredGoal> goals = plans.goals(episode);
        List<Measure> measures = new ArrayList<>();
        for (OutcomeInstrument instrument : OutcomeInstrument.values()) {
            List<OutcomeResult> mine = results.stream().filter(r -> r.instrument() == instrument && r.value() != null)
                    .toList();
            if (mine.isEmpty()) {
                continue;
            }
            Change change = mine.size() < 2 || instrument.mcid().isEmpty() ? null
                    : Change.of(instrument, mine.get(0).value(), mine.get(mine.size() - 1).value());
            measures.add(new Measure(instrument, mine, OutcomeCharts.svg(instrument, mine, goals, clinicDates.words()), change));
        }
        model.addAttribute("episode", episode);
        model.addAttribute("patient", patients.get(episode.patientId()));
        model.addAttribute("measures", measures);
        model.addAttribute("examCharts", ExamTrends.of(exams.history(episode).stream()
                .map(e -> new ExamTrends.Dated(clinicDates.words().date(e.examinedAt()), e.exam())).toList())
                .stream().map(s -> TrendChart.svg(s, clinicDates.words())).toList());
        // The FABQ is followed per subscale, each against its own MCID (FABQ-MCID): baseline against latest.
        List<FabqResult> fabq = results.stream().filter(r -> r.instrument() == OutcomeInstrument.FABQ)
                .map(r -> new FabqResult(r, Scores.score(OutcomeInstrument.FABQ, r.responses()).subscales())).toList();
        model.addAttribute("fabq", fabq);
        model.addAttribute("fabqChanges", fabq.size() < 2 ? List.of() : Change.ofFabq(
                Scores.score(OutcomeInstrument.FABQ, fabq.get(0).result().responses()),
                Scores.score(OutcomeInstrument.FABQ, fabq.get(fabq.size() - 1).result().responses())));
        model.addAttribute("instruments", OutcomeInstrument.values());
        List<String> psfsActivities = MeasuresLinkController.psfsActivities(intakes, episode);
        model.addAttribute("psfsActivities", psfsActivities);
        // Measures that can't be sent now (no PSFS activities; licensed wording not loaded), each with its reason.
        model.addAttribute("unavailable", patientMeasures.unavailable(psfsActivities));
        model.addAttribute("requests", patientMeasures.requests(episode));
        model.addAttribute("open", open);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "episodes/outcomes";
    }
}
