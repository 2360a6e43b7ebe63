package org.rhomboid.patient;

import jakarta.validation.Valid;
import java.util.UUID;
import org.rhomboid.account.access.KeepsDemographics;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The patient list, search, and the register / correct forms. Search is POSTed: no names in URLs. */
@Controller
@KeepsDemographics
class PatientController {

    private final PatientService patients;

    PatientController(PatientService patients) {
        this.patients = patients;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("payers", Payer.values());
    }

    @GetMapping("/patients")
    String list(Model model) {
        model.addAttribute("query", "");
        model.addAttribute("results", patients.search(""));
        return "patients/list";
    }

    @PostMapping("/patients/search")
    String search(@RequestParam(defaultValue = "") String query,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        String trimmed = query.length() > 200 ? query.substring(0, 200) : query;
        model.addAttribute("query", trimmed);
        model.addAttribute("results", patients.search(trimmed));
        return htmx != null ? "patients/list :: results" : "patients/list";
    }

    @GetMapping("/patients/new")
    String newPatient(Model model) {
        model.addAttribute("patient", PatientDetails.blank());
        return "patients/form";
    }

    @PostMapping("/patients")
    String register(@Valid @ModelAttribute("patient") PatientDetails details, BindingResult binding) {
        if (binding.hasErrors()) {
            return "patients/form";
        }
        try {
            return "redirect:/patients/" + patients.register(details).id();
        } catch (FieldProblemException problem) {
            Forms.reject(binding, problem);
            return "patients/form";
        }
    }

    @GetMapping("/patients/{patientId}/edit")
    String edit(@PathVariable UUID patientId, Model model) {
        Patient patient = patients.get(patientId);
        model.addAttribute("patientId", patientId);
        model.addAttribute("patient", patient.details());
        return "patients/form";
    }

    @PostMapping("/patients/{patientId}")
    String correct(@PathVariable UUID patientId, @Valid @ModelAttribute("patient") PatientDetails details,
                   BindingResult binding, Model model) {
        model.addAttribute("patientId", patientId);
        if (binding.hasErrors()) {
            return "patients/form";
        }
        try {
            patients.correct(patientId, details);
            return "redirect:/patients/" + patientId;
        } catch (FieldProblemException problem) {
            Forms.reject(binding, problem);
        } catch (ConflictException conflict) {
            binding.reject("conflict", conflict.getMessage());
        }
        return "patients/form";
    }
}
