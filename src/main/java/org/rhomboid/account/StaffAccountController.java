package org.rhomboid.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One member of staff, for the administrator: their roles, and a new first password when they have forgotten
 * theirs. Either change ends every session and API token the person has.
 */
@Controller
@AdministersClinic
class StaffAccountController {

    private final StaffAccounts accounts;
    private final SecondFactors factors;

    StaffAccountController(StaffAccounts accounts, SecondFactors factors) {
        this.accounts = accounts;
        this.factors = factors;
    }

    /** A lost phone or passkey: every second factor of the account goes, and its sessions end. */
    @PostMapping("/admin/staff/{userId}/second-factor/reset")
    String resetSecondFactor(@PathVariable UUID userId, RedirectAttributes redirect) {
        StaffUser user = accounts.find(userId);
        factors.reset(userId);
        redirect.addFlashAttribute("notice", "Second factors of " + user.displayName() + " removed and their"
                + " sessions ended. They set up a new one at their next sign-in if the clinic requires it.");
        return "redirect:/admin/staff";
    }

    @GetMapping("/admin/staff/{userId}")
    String account(@PathVariable UUID userId, @AuthenticationPrincipal StaffPrincipal me, Model model) {
        StaffUser user = accounts.find(userId);
        return page(model, user, me, user.roles(), null, null);
    }

    @PostMapping("/admin/staff/{userId}/roles")
    String roles(@PathVariable UUID userId, @RequestParam(required = false) List<Role> roles,
                 @AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
        StaffUser user = accounts.find(userId);
        // A blank value binds as null (a role's name with only spaces): it chooses nothing.
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
        }
        if (userId.equals(me.userId())) {
            return page(model, user, me, chosen, "Another administrator changes your own roles, so that the clinic"
                    + " always keeps one", null);
        }
        try {
            accounts.setRoles(userId, chosen);
        } catch (FieldProblemException problem) {
            return page(model, user, me, chosen, problem.getMessage(), null);
        }
        redirect.addFlashAttribute("notice", "Roles of " + user.displayName()
                + " changed; their sessions and API tokens have ended, and the new roles apply when they sign in again");
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{userId}/password")
    String resetPassword(@PathVariable UUID userId, @RequestParam(defaultValue = "") String password,
                         @AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
        StaffUser user = accounts.find(userId);
        if (userId.equals(me.userId())) {
            return page(model, user, me, user.roles(), null, "Change your own password from the top bar");
        }
        try {
            accounts.resetPassword(userId, password);
        } catch (FieldProblemException problem) {
            return page(model, user, me, user.roles(), null, problem.getMessage());
        }
        redirect.addFlashAttribute("notice", "New first password set for " + user.displayName()
                + "; their sessions and API tokens have ended, and they choose their own password when they sign in");
        return "redirect:/admin/staff";
    }

    private String page(Model model, StaffUser user, StaffPrincipal me, Set<Role> chosen, String rolesError,
                        String passwordError) {
        model.addAttribute("user", user);
        model.addAttribute("self", user.id().equals(me.userId()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("rolesError", rolesError);
        model.addAttribute("passwordError", passwordError);
        return "admin/staff-account";
    }
}
