package org.rhomboid.exercise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rhomboid.account.access.KeepsExerciseLibrary;
import org.rhomboid.account.access.UsesExerciseLibrary;
import org.rhomboid.exercise.domain.Category;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.FigureRenderer;
import org.rhomboid.exercise.domain.Movement;
import org.rhomboid.exercise.domain.Pose;
import org.rhomboid.exercise.domain.Prop;
import org.rhomboid.reasoning.domain.Classification;
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

/**
 * The clinic's exercise library: browse and read every exercise with its pictures; therapists and administrators
 * add the clinic's own exercises (text and poses, previewed as they type) and hide the ones the clinic doesn't use.
 */
@Controller
@UsesExerciseLibrary
class ExerciseController {

    private final ExerciseCatalog catalog;

    ExerciseController(ExerciseCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/exercises")
    String library(@RequestParam(name = "category", required = false) String category,
                   @RequestParam(name = "q", required = false) String query, Model model) {
        Category chosen = parse(category);
        String words = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<ExerciseCatalog.Entry> entries = catalog.library().stream()
                .filter(e -> chosen == null || e.exercise().category() == chosen)
                .filter(e -> words.isEmpty() || words.length() > 100
                        || (e.exercise().name() + " " + e.exercise().purpose()).toLowerCase(Locale.ROOT).contains(words))
                .toList();
        Map<String, String> figures = new LinkedHashMap<>();
        entries.forEach(e -> figures.put(e.exercise().code(),
                FigureRenderer.still(e.exercise().end(), e.exercise().props(), e.exercise().name())));
        model.addAttribute("entries", entries);
        model.addAttribute("figures", figures);
        model.addAttribute("categories", Category.values());
        model.addAttribute("category", chosen);
        model.addAttribute("q", query == null ? "" : query);
        return "exercises/library";
    }

    @GetMapping("/exercises/{code}")
    String exercise(@PathVariable String code, Model model) {
        Exercise exercise = catalog.get(code);
        model.addAttribute("e", exercise);
        model.addAttribute("hidden", catalog.library().stream()
                .anyMatch(entry -> entry.hidden() && entry.exercise().code().equals(code)));
        model.addAttribute("animated", FigureRenderer.animated(exercise));
        model.addAttribute("pictures", FigureRenderer.startAndEnd(exercise));
        return "exercises/exercise";
    }

    @GetMapping("/exercises/new")
    @KeepsExerciseLibrary
    String newExercise(Model model) {
        Map<String, List<String>> blank = new LinkedHashMap<>();
        blank.put("sets", List.of("1"));
        blank.put("reps", List.of("10"));
        blank.put("timesPerDay", List.of("1"));
        blank.put("daysPerWeek", List.of("7"));
        blank.put("startPose", List.of("x=120 y=96 trunk=90"));
        blank.put("endPose", List.of("x=120 y=96 trunk=90 shoulder=170 shoulder2=170"));
        return form(null, blank, Map.of(), model);
    }

    @GetMapping("/exercises/{code}/edit")
    @KeepsExerciseLibrary
    String edit(@PathVariable String code, Model model) {
        Exercise e = catalog.get(code);
        if (e.builtIn()) {
            return "redirect:/exercises/" + code;
        }
        return form(code, OwnExercises.asForm(e), Map.of(), model);
    }

    @PostMapping("/exercises")
    @KeepsExerciseLibrary
    String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        return save(null, params, model, redirect);
    }

    @PostMapping("/exercises/{code}")
    @KeepsExerciseLibrary
    String update(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
                  RedirectAttributes redirect) {
        catalog.get(code);
        return save(code, params, model, redirect);
    }

    /** Live preview of a pose as the therapist types its joint angles (htmx). */
    @PostMapping(value = "/exercises/preview", produces = "text/html")
    @ResponseBody
    ResponseEntity<String> preview(@RequestParam(name = "startPose", defaultValue = "") String start,
                                   @RequestParam(name = "endPose", defaultValue = "") String end,
                                   @RequestParam(name = "props", required = false) List<String> props) {
        StringBuilder html = new StringBuilder("<div id=\"pose-preview\" class=\"pose-preview\">");
        for (String[] pose : new String[][]{{"Start", start}, {"End", end}}) {
            String problem = Pose.check(pose[1]);
            html.append("<figure><figcaption>").append(pose[0]).append("</figcaption>");
            html.append(problem == null
                    ? FigureRenderer.still(Pose.parse(pose[1]), OwnExercises.props(props), pose[0] + " position")
                    : "<p class=\"error\">" + org.springframework.web.util.HtmlUtils.htmlEscape(problem) + "</p>");
            html.append("</figure>");
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html.append("</div>").toString());
    }

    @PostMapping("/exercises/{code}/hide")
    @KeepsExerciseLibrary
    String hide(@PathVariable String code, RedirectAttributes redirect) {
        catalog.hide(code);
        redirect.addFlashAttribute("notice", catalog.get(code).name() + " is hidden: it is no longer offered when "
                + "prescribing. Programmes that hold it keep it.");
        return "redirect:/exercises/" + code;
    }

    @PostMapping("/exercises/{code}/show")
    @KeepsExerciseLibrary
    String show(@PathVariable String code, RedirectAttributes redirect) {
        catalog.show(code);
        redirect.addFlashAttribute("notice", catalog.get(code).name() + " is offered again.");
        return "redirect:/exercises/" + code;
    }

    private String save(String code, MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> form = new LinkedHashMap<>(params);
        form.remove("_csrf");
        Map<String, String> errors = catalog.saveOwn(form, code);
        if (!errors.isEmpty()) {
            return form(code, form, errors, model);
        }
        String saved = code != null ? code : catalog.codeFor(first(form, "name"));
        redirect.addFlashAttribute("notice", "Exercise saved.");
        return "redirect:/exercises/" + saved;
    }

    private String form(String code, Map<String, List<String>> form, Map<String, String> errors, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("title", code == null ? "New exercise" : "Edit exercise");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("categories", Category.values());
        model.addAttribute("movements", Movement.values());
        model.addAttribute("classifications", List.of(Classification.values()).stream()
                .filter(c -> c != Classification.SUSPECTED_SERIOUS_PATHOLOGY).toList());
        model.addAttribute("props", Prop.values());
        return "exercises/form";
    }

    private static String first(Map<String, List<String>> form, String field) {
        List<String> values = form.getOrDefault(field, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static Category parse(String category) {
        try {
            return category == null || category.isBlank() ? null : Category.valueOf(category);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
