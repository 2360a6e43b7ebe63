package org.rhomboid.evaluation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rhomboid.account.access.ReadsClinicalRecords;
import org.rhomboid.account.access.WritesClinicalRecords;
import org.rhomboid.billing.domain.EvaluationComplexity;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.document.PdfDownload;
import org.rhomboid.evaluation.domain.Assessment;
import org.rhomboid.evaluation.domain.AssessmentForm;
import org.rhomboid.goal.domain.GoalForm;
import org.rhomboid.goal.domain.GoalSentence;
import org.rhomboid.goal.domain.Instrument;
import org.rhomboid.goal.domain.SmartGoal;
import org.rhomboid.intake.BodyChart;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.plan.PlanService;
import org.rhomboid.plan.domain.Certification;
import org.rhomboid.plan.domain.PlanForm;
import org.rhomboid.reasoning.domain.Classification;
import org.rhomboid.settings.ClinicSettings;
import org.rhomboid.shared.domain.Sentences;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The initial evaluation page: reasoning, assessment, plan of care, goals and the signature, each saved by its
 * own form. A failed save shows the page again with that form as typed and the messages beside the fields.
 */
@Controller
class EvaluationController {

    private final EvaluationService evaluations;
    private final PlanService plans;
    private final ClinicSettings clinic;

    private final ClinicDates clinicDates;
    private final EvaluationPdfs evaluationPdfs;

    EvaluationController(EvaluationService evaluations, PlanService plans, ClinicSettings clinic, ClinicDates clinicDates,
                         EvaluationPdfs evaluationPdfs) {
        this.evaluationPdfs = evaluationPdfs;
        this.clinicDates = clinicDates;
        this.evaluations = evaluations;
        this.plans = plans;
        this.clinic = clinic;
    }

    @ReadsClinicalRecords
    @GetMapping("/episodes/{episodeId}/evaluation")
    String page(@PathVariable UUID episodeId, Model model) {
        return render(episodeId, model, null, null, null, Map.of());
    }

    /**
     * The signed evaluation as a PDF from the fragment the page shows: letterhead, patient on every page, page
     * numbers, the note as signed with the intake's body chart, and the signature; 409 before it is signed.
     */
    @ReadsClinicalRecords
    @GetMapping("/episodes/{episodeId}/evaluation/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID episodeId) {
        EvaluationDocument doc = evaluations.document(episodeId, clinicDates.today());
        return PdfDownload.inline(evaluationPdfs.render(doc), "initial-evaluation-" + doc.evaluation().evaluatedOn() + ".pdf");
    }

    @PostMapping("/episodes/{episodeId}/assessment")
    @WritesClinicalRecords
    String assessment(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params, Model model,
                      RedirectAttributes redirect) {
        AssessmentForm form = new AssessmentForm(fields(params));
        Map<String, String> errors = evaluations.saveAssessment(episodeId, form);
        if (!errors.isEmpty()) {
            return render(episodeId, model, form, null, null, Map.of("assessment", errors));
        }
        redirect.addFlashAttribute("notice", "Assessment saved.");
        return "redirect:/episodes/" + episodeId + "/evaluation#assessment";
    }

    @PostMapping("/episodes/{episodeId}/plan")
    @WritesClinicalRecords
    String plan(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params, Model model,
                RedirectAttributes redirect) {
        PlanForm form = new PlanForm(fields(params));
        Map<String, String> errors = plans.save(episodeId, form, clinicDates.today());
        if (!errors.isEmpty()) {
            return render(episodeId, model, null, form, null, Map.of("plan", errors));
        }
        redirect.addFlashAttribute("notice", "Plan of care saved.");
        return "redirect:/episodes/" + episodeId + "/evaluation#plan";
    }

    @PostMapping("/episodes/{episodeId}/goals")
    @WritesClinicalRecords
    String goal(@PathVariable UUID episodeId, @RequestParam MultiValueMap<String, String> params, Model model,
                RedirectAttributes redirect) {
        GoalForm form = new GoalForm(fields(params));
        PlanService.GoalSaved saved = plans.addGoal(episodeId, form);
        if (!saved.errors().isEmpty()) {
            return render(episodeId, model, null, null, form, Map.of("goal", saved.errors()));
        }
        redirect.addFlashAttribute("notice", "Goal added.");
        redirect.addFlashAttribute("goalWarnings", saved.warnings());
        return "redirect:/episodes/" + episodeId + "/evaluation#goals";
    }

    /**
     * The goal sentence as it will read in the evaluation, letters and handouts, shown live while the goal form is
     * filled in (htmx). Formats what was typed; reads and stores nothing.
     */
    @PostMapping(value = "/goals/preview", produces = "text/html")
    @WritesClinicalRecords
    @ResponseBody
    ResponseEntity<String> goalPreview(@RequestParam MultiValueMap<String, String> params) {
        SmartGoal goal = new GoalForm(fields(params)).read().goal();
        String sentence = GoalSentence.of(goal.activity(), goal.instrument(), goal.baseline(),
                goal.target(), goal.deadline(), goal.participation(), clinicDates.words());
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(
                "<p id=\"goal-preview\" class=\"goal-preview\" aria-live=\"polite\"><span class=\"muted\">Reads as:</span> "
                        + HtmlUtils.htmlEscape(sentence, "UTF-8") + "</p>");
    }

    @PostMapping("/goals/{goalId}/delete")
    @WritesClinicalRecords
    String deleteGoal(@PathVariable UUID goalId, RedirectAttributes redirect) {
        UUID episodeId = plans.deleteGoal(goalId);
        redirect.addFlashAttribute("notice", "Goal removed.");
        return "redirect:/episodes/" + episodeId + "/evaluation#goals";
    }

    @PostMapping("/episodes/{episodeId}/evaluation/sign")
    @WritesClinicalRecords
    String sign(@PathVariable UUID episodeId, @RequestParam(defaultValue = "") String evaluatedOn,
                RedirectAttributes redirect) {
        List<String> blockers = evaluations.sign(episodeId, evaluatedOn, clinicDates.today());
        if (blockers.isEmpty()) {
            redirect.addFlashAttribute("notice", "Initial evaluation signed. It is now locked.");
        } else {
            redirect.addFlashAttribute("signError", Sentences.listing("Not signed yet", blockers));
            redirect.addFlashAttribute("evaluatedOn", evaluatedOn);
        }
        return "redirect:/episodes/" + episodeId + "/evaluation#sign";
    }

    private String render(UUID episodeId, Model model, AssessmentForm assessment, PlanForm plan, GoalForm goal,
                          Map<String, Map<String, String>> errors) {
        EvaluationView view = evaluations.view(episodeId, clinicDates.today());
        model.addAttribute("v", view);
        model.addAttribute("episode", view.episode());
        model.addAttribute("patient", view.patient());
        model.addAttribute("painMap", view.intake() != null && view.intake().submitted()
                ? view.intake().answers().painMap() : Map.of());
        model.addAttribute("back", BodyChart.BACK);
        model.addAttribute("front", BodyChart.FRONT);
        model.addAttribute("assessmentForm", assessment != null ? assessment
                : view.evaluation() != null ? AssessmentForm.of(view.evaluation().assessment()) : new AssessmentForm(Map.of()));
        model.addAttribute("planForm", plan != null ? plan
                : view.plan() != null ? PlanForm.of(view.plan())
                : new PlanForm(Map.of("startDate", List.of(clinicDates.today().toString()))));
        model.addAttribute("goalForm", goal != null ? goal : new GoalForm(Map.of()));
        model.addAttribute("assessmentErrors", errors.getOrDefault("assessment", Map.of()));
        model.addAttribute("planErrors", errors.getOrDefault("plan", Map.of()));
        model.addAttribute("goalErrors", errors.getOrDefault("goal", Map.of()));
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("prognoses", Assessment.Prognosis.values());
        model.addAttribute("presentations", EvaluationComplexity.Presentation.values());
        model.addAttribute("levels", EvaluationComplexity.Level.values());
        model.addAttribute("methods", Certification.Method.values());
        model.addAttribute("interventions", Intervention.values());
        model.addAttribute("conditions", HealthCondition.values());
        model.addAttribute("instruments", Instrument.values());
        model.addAttribute("terms", SmartGoal.Term.values());
        return "evaluation/page";
    }

    private static Map<String, List<String>> fields(MultiValueMap<String, String> params) {
        Map<String, List<String>> fields = new LinkedHashMap<>(params);
        fields.remove("_csrf");
        return fields;
    }

}
