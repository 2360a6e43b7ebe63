package org.rhomboid.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.account.domain.SignInDelay;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff change their own password (from the top bar, or first thing after signing in with one their administrator
 * set). A change ends every session and API token of the account, this one too: the person signs in again with it.
 */
@Controller
@AnyStaff
class PasswordController {

    private final StaffAccounts accounts;
    private final UserRepository users;
    private final SignInThrottle throttle;

    PasswordController(StaffAccounts accounts, UserRepository users, SignInThrottle throttle) {
        this.accounts = accounts;
        this.users = users;
        this.throttle = throttle;
    }

    @GetMapping("/account/password")
    String form(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        return page(model, me, null, null, null);
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String confirmPassword,
                  @AuthenticationPrincipal StaffPrincipal me, HttpServletRequest request, Model model) {
        // A stolen session must not become a way to guess the password: wrong current passwords count as failures.
        Duration wait = throttle.admit(me.email(), request.getRemoteAddr());
        if (!wait.isZero()) {
            return page(model, me, "Too many wrong passwords. Wait " + SignInDelay.seconds(wait)
                    + " seconds, then try again", null, null);
        }
        if (currentPassword.isEmpty()) {
            return page(model, me, "Enter your current password", null, null);
        }
        if (!newPassword.equals(confirmPassword)) {
            return page(model, me, null, null, "The two new passwords are not the same");
        }
        try {
            accounts.changeOwnPassword(me.userId(), currentPassword, newPassword);
        } catch (FieldProblemException problem) {
            if (problem.field().equals("currentPassword")) {
                throttle.failed(me.email(), request.getRemoteAddr());
                return page(model, me, problem.getMessage(), null, null);
            }
            return page(model, me, null, problem.getMessage(), null);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/login?changed";
    }

    private String page(Model model, StaffPrincipal me, String currentError, String newError, String confirmError) {
        model.addAttribute("required", users.standing(me.clinicId(), me.userId())
                .map(AccountStanding::passwordChangeRequired).orElse(false));
        model.addAttribute("currentError", currentError);
        model.addAttribute("newError", newError);
        model.addAttribute("confirmError", confirmError);
        model.addAttribute("minLength", StaffAccounts.MIN_PASSWORD_LENGTH);
        return "account/password";
    }
}
