package org.rhomboid.hep;

import java.util.List;
import java.util.Map;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.hep.domain.Thresholds;
import org.rhomboid.shared.domain.FormReader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinic's thresholds for suggesting a progression or a review of a home programme (administrators). */
@Controller
@AdministersClinic
class HepSettingsController {

    private static final List<String> FIELDS = List.of("progressAdherencePercent", "progressMaxPain", "progressDays",
            "reviewPainRise");

    private final HomeExerciseProgress progress;

    HepSettingsController(HomeExerciseProgress progress) {
        this.progress = progress;
    }

    @GetMapping("/admin/home-exercise")
    String page(Model model) {
        Thresholds t = progress.thresholds();
        return render(Map.of("progressAdherencePercent", String.valueOf(t.progressAdherencePercent()),
                "progressMaxPain", String.valueOf(t.progressMaxPain()), "progressDays", String.valueOf(t.progressDays()),
                "reviewPainRise", String.valueOf(t.reviewPainRise())), Map.of(), model);
    }

    @PostMapping("/admin/home-exercise")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        FormReader f = new FormReader(params);
        Integer adherence = f.integer(FIELDS.get(0), 50, 100, "a percentage from 50 to 100");
        Integer pain = f.integer(FIELDS.get(1), 0, 10, "a pain score from 0 to 10");
        Integer days = f.integer(FIELDS.get(2), 7, 42, "7 to 42 days");
        Integer rise = f.integer(FIELDS.get(3), 1, 5, "1 to 5 points");
        Map<String, String> errors = new java.util.LinkedHashMap<>(f.errors());
        if (errors.isEmpty()) {
            errors.putAll(progress.saveThresholds(adherence, pain, days, rise));
        }
        if (!errors.isEmpty()) {
            Map<String, String> typed = new java.util.HashMap<>();
            FIELDS.forEach(k -> typed.put(k, f.value(k)));
            return render(typed, errors, model);
        }
        redirect.addFlashAttribute("notice", "Thresholds saved.");
        return "redirect:/admin/home-exercise";
    }

    private static String render(Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("defaults", Thresholds.DEFAULTS);
        return "admin/home-exercise";
    }
}
