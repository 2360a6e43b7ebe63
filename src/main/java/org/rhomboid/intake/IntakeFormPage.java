package org.rhomboid.intake;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.rhomboid.intake.domain.BodyRegion;
import org.rhomboid.intake.domain.Choices;
import org.rhomboid.intake.domain.IntakeForm;
import org.rhomboid.intake.domain.PainType;
import org.rhomboid.intake.domain.RedFlagGroup;
import org.rhomboid.intake.domain.TakenBy;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/**
 * The one intake form ({@code intake/form.html}), shown to the patient behind their link and to the therapist
 * who takes the answers for them: the same questions, choices and checks; only where it posts and its frame differ.
 */
final class IntakeFormPage {

    private IntakeFormPage() {
    }

    /** The form as posted, field by field, exactly as typed (bounded, so a crafted post can't bloat the draft). */
    static IntakeForm formOf(MultiValueMap<String, String> body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        body.forEach((name, values) -> {
            if (!name.equals("_csrf") && !name.equals("action") && name.length() <= 60 && values.size() <= 50) {
                fields.put(name, values.stream().map(v -> v == null ? "" : v).toList());
            }
        });
        return new IntakeForm(fields);
    }

    /**
     * @param action      where the form posts ("save for later" and "send")
     * @param draftAction where each change is autosaved
     * @param clinician   the therapist's frame (navigation, "How were the answers taken?") rather than the patient's
     */
    static String show(Model model, String action, String draftAction, boolean clinician, IntakeForm form,
                       Map<String, String> errors, LocalDate today) {
        model.addAttribute("formAction", action);
        model.addAttribute("draftAction", draftAction);
        model.addAttribute("clinician", clinician);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", BodyRegion.values());
        model.addAttribute("painTypes", PainType.values());
        model.addAttribute("back", BodyChart.BACK);
        model.addAttribute("front", BodyChart.FRONT);
        model.addAttribute("qualities", Choices.PainQuality.values());
        model.addAttribute("dayParts", Choices.DayPart.values());
        model.addAttribute("onsets", Choices.Onset.values());
        model.addAttribute("aggravators", Choices.Aggravator.values());
        model.addAttribute("comorbidities", Choices.Comorbidity.values());
        model.addAttribute("medications", Choices.Medication.values());
        model.addAttribute("redFlagGroups", RedFlagGroup.values());
        model.addAttribute("psfsRows", IntStream.range(0, IntakeForm.MAX_PSFS).boxed().toList());
        model.addAttribute("ways", TakenBy.Way.values());
        model.addAttribute("today", today);
        return "intake/form";
    }
}
