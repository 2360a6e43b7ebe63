package org.rhomboid.referral;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.rhomboid.account.access.KeepsDemographics;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientDetails;
import org.rhomboid.patient.PatientService;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.domain.PlainText;
import org.rhomboid.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referral inbox: referrals received by FHIR, each filed to a patient (found by the patient search, POSTed so no
 * name goes into a URL, or registered from the referral under the registration form's rules) or declined.
 */
@Controller
@KeepsDemographics
class ReferralController {

    private final ReferralInbox inbox;
    private final PatientService patients;

    ReferralController(ReferralInbox inbox, PatientService patients) {
        this.inbox = inbox;
        this.patients = patients;
    }

    @GetMapping("/referrals")
    String list(Model model) {
        model.addAttribute("waiting", inbox.waiting());
        model.addAttribute("decided", inbox.recentlyDecided());
        return "referrals/inbox";
    }

    @GetMapping("/referrals/{referralId}")
    String referral(@PathVariable("referralId") UUID id, Model model) {
        IncomingReferral referral = inbox.get(id);
        return page(model, referral, referral.isNew() ? inbox.newPatientDetails(referral) : null, null, List.of(),
                null);
    }

    @PostMapping("/referrals/{referralId}/search")
    String search(@PathVariable("referralId") UUID id, @RequestParam(defaultValue = "") String query, Model model) {
        IncomingReferral referral = inbox.get(id);
        String trimmed = query.length() > 200 ? query.substring(0, 200) : query;
        List<Patient> found = trimmed.isBlank() || PlainText.problem(trimmed) != null ? List.of()
                : patients.search(trimmed);
        return page(model, referral, inbox.newPatientDetails(referral), trimmed, found, null);
    }

    @PostMapping("/referrals/{referralId}/file")
    String fileToPatient(@PathVariable("referralId") UUID id, @RequestParam(required = false) UUID patientId, Model model,
                         RedirectAttributes redirect) {
        IncomingReferral referral = inbox.get(id);
        if (!referral.isNew()) {
            return alreadyDecided(redirect);
        }
        if (patientId == null) {
            return page(model, referral, inbox.newPatientDetails(referral), "", List.of(),
                    "Choose the patient this referral is for.");
        }
        Patient patient = inbox.fileToPatient(id, patientId);
        redirect.addFlashAttribute("notice", "Filed the referral to " + patient.fullName() + ".");
        return "redirect:/referrals";
    }

    @PostMapping("/referrals/{referralId}/register")
    String fileAsNewPatient(@PathVariable("referralId") UUID id, @Valid @ModelAttribute("patient") PatientDetails details,
                            BindingResult binding, Model model, RedirectAttributes redirect) {
        IncomingReferral referral = inbox.get(id);
        if (!referral.isNew()) {
            return alreadyDecided(redirect);
        }
        if (!binding.hasErrors()) {
            try {
                Patient patient = inbox.fileAsNewPatient(id, details);
                redirect.addFlashAttribute("notice", "Registered " + patient.fullName()
                        + " and filed the referral.");
                return "redirect:/referrals";
            } catch (FieldProblemException problem) {
                Forms.reject(binding, problem);
            }
        }
        return page(model, referral, null, null, List.of(), null);
    }

    @PostMapping("/referrals/{referralId}/decline")
    String decline(@PathVariable("referralId") UUID id, @RequestParam(defaultValue = "") String reason, Model model,
                   RedirectAttributes redirect) {
        IncomingReferral referral = inbox.get(id);
        if (!referral.isNew()) {
            return alreadyDecided(redirect);
        }
        String given = reason.strip();
        String problem = given.isEmpty() ? "Give the reason for declining."
                : given.length() > 500 ? "Use at most 500 characters." : PlainText.problem(given);
        if (problem != null) {
            model.addAttribute("declineReason", reason);
            model.addAttribute("declineProblem", problem);
            return page(model, referral, inbox.newPatientDetails(referral), null, List.of(), null);
        }
        inbox.decline(id, given);
        redirect.addFlashAttribute("notice", "Declined the referral.");
        return "redirect:/referrals";
    }

    private static String alreadyDecided(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "That referral was already decided.");
        return "redirect:/referrals";
    }

    private String page(Model model, IncomingReferral referral, PatientDetails patient, String query,
                        List<Patient> found, String chooseProblem) {
        model.addAttribute("referral", referral);
        if (patient != null) {
            model.addAttribute("patient", patient);
        }
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("searched", query != null);
        model.addAttribute("found", found);
        model.addAttribute("chooseProblem", chooseProblem);
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("payers", Payer.values());
        return "referrals/referral";
    }
}
