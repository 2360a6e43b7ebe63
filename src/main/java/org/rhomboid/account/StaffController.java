package org.rhomboid.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.account.domain.PasswordPolicy;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.shared.FieldProblemException;
import org.rhomboid.shared.domain.Npi;
import org.rhomboid.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The clinic administrator adds staff and deactivates leavers (which ends their sessions and tokens at once). */
@Controller
@AdministersClinic
class StaffController {

    record NewStaff(@NotBlank(message = "Enter the e-mail address") @Email(message = "Enter a valid e-mail address")
                    @Size(max = 254) String email,
                    @NotBlank(message = "Enter the name as it should appear on notes") @Size(max = 200)
                    String displayName,
                    @NotBlank(message = "Set a first password")
                    @Size(min = StaffAccounts.MIN_PASSWORD_LENGTH, max = PasswordPolicy.MAX_LENGTH,
                          message = "Use at least " + StaffAccounts.MIN_PASSWORD_LENGTH + " characters (at most "
                                    + PasswordPolicy.MAX_LENGTH + ")")
                    String password,
                    @NotEmpty(message = "Choose at least one role") Set<Role> roles,
                    @Pattern(regexp = "^$|\\s*\\d{10}\\s*", message = "Ten digits") String npi) {

        static NewStaff blank() {
            return new NewStaff(null, null, null, Set.of(), null);
        }
    }

    private final UserRepository users;
    private final StaffAccounts accounts;
    private final SecondFactors factors;

    StaffController(UserRepository users, StaffAccounts accounts, SecondFactors factors) {
        this.users = users;
        this.accounts = accounts;
        this.factors = factors;
    }

    @GetMapping("/admin/staff")
    String staff(Model model) {
        return page(model, NewStaff.blank());
    }

    @PostMapping("/admin/staff")
    String add(@Valid @ModelAttribute("newStaff") NewStaff form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("npi") && form.npi() != null && !form.npi().isBlank()
                && !Npi.isValid(form.npi().strip())) {
            // A record has no bean setter for rejectValue to inspect; the field error is added as such.
            binding.addError(new FieldError("newStaff", "npi", form.npi(), false, null, null,
                    "This is not a valid NPI: its check digit does not match"));
        }
        if (!binding.hasErrors()) {
            try {
                accounts.addStaff(form.email(), form.displayName(), form.password(), form.roles(), form.npi());
                redirect.addFlashAttribute("notice", "Added " + form.displayName().strip()
                        + ". They choose their own password when they first sign in.");
                return "redirect:/admin/staff";
            } catch (FieldProblemException problem) {
                Forms.reject(binding, problem);
            }
        }
        return page(model, form);
    }

    @PostMapping("/admin/staff/{userId}/active")
    String setActive(@PathVariable UUID userId, @RequestParam boolean active,
                     @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        if (userId.equals(me.userId()) && !active) {
            redirect.addFlashAttribute("notice", "You can’t deactivate your own account");
        } else {
            accounts.setActive(userId, active);
            redirect.addFlashAttribute("notice", active ? "Account reactivated" : "Account deactivated; its sessions and API tokens have ended");
        }
        return "redirect:/admin/staff";
    }

    /** The NPI claims name as the rendering provider. */
    @PostMapping("/admin/staff/{userId}/npi")
    String setNpi(@PathVariable UUID userId, @RequestParam(defaultValue = "") String npi, RedirectAttributes redirect) {
        try {
            accounts.setNpi(userId, npi);
            redirect.addFlashAttribute("notice", npi.isBlank() ? "NPI removed" : "NPI saved");
        } catch (FieldProblemException problem) {
            redirect.addFlashAttribute("notice", problem.getMessage() + " (" + npi.strip() + ")");
        }
        return "redirect:/admin/staff";
    }

    /** The clinic's policy: whether every account must have a second factor (passkey or authenticator app). */
    @PostMapping("/admin/staff/sign-in-policy")
    String signInPolicy(@RequestParam(defaultValue = "false") boolean secondFactorRequired,
                        @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        factors.setClinicRequires(me, secondFactorRequired);
        redirect.addFlashAttribute("notice", secondFactorRequired
                ? "A second factor is now required: each member of staff sets one up at their next sign-in"
                : "A second factor is no longer required (those who set one up still use it)");
        return "redirect:/admin/staff";
    }

    private String page(Model model, NewStaff form) {
        model.addAttribute("secondFactorRequired", factors.clinicRequires());
        model.addAttribute("users", users.inClinic(ClinicScope.require()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("newStaff", form);
        return "admin/staff";
    }
}
