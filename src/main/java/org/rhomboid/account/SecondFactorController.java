package org.rhomboid.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.account.domain.SignInDelay;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a password sign-in: a code from the authenticator app, a recovery code, or a passkey (the
 * passkey goes through Spring Security's WebAuthn filter, see PasskeySignIn). Wrong codes count as failed sign-ins
 * of the account, with the same growing waits.
 */
@Controller
@AnyStaff
class SecondFactorController {

    private final SecondFactors factors;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;

    SecondFactorController(SecondFactors factors, SignInThrottle throttle, ApplicationEventPublisher events) {
        this.factors = factors;
        this.throttle = throttle;
        this.events = events;
    }

    @GetMapping("/account/second-factor")
    String form(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        if (me.secondFactorGiven()) {
            return "redirect:/";
        }
        return page(model, me, null);
    }

    @PostMapping("/account/second-factor")
    String check(@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal StaffPrincipal me,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        if (me.secondFactorGiven()) {
            return "redirect:/";
        }
        Duration wait = throttle.admit(me.email(), request.getRemoteAddr());
        if (!wait.isZero()) {
            return page(model, me, "Too many wrong codes. Wait " + SignInDelay.seconds(wait)
                    + " seconds, then try again");
        }
        if (code.isBlank()) {
            return page(model, me, "Enter the six-digit code from your authenticator app, or a recovery code");
        }
        Optional<String> how = code.length() > 40 ? Optional.empty() : factors.check(me, code);
        if (how.isEmpty()) {
            throttle.failed(me.email(), request.getRemoteAddr());
            events.publishEvent(new SignInRefused(me.email(), "wrong one-time code"));
            return page(model, me, "That code is not right, or it was used already. Type the code the app shows now.");
        }
        throttle.succeeded(me.email());
        SignedInSessions.become(me.withSecondFactor(how.get()), request, response);
        events.publishEvent(new AccountEvent(me.clinicId(), me.userId(), me.email(), "SIGN_IN", "Session", null,
                "second step: " + how.get()));
        return "redirect:/";
    }

    private String page(Model model, StaffPrincipal me, String error) {
        SecondFactors.Status status = factors.status(me);
        model.addAttribute("status", status);
        model.addAttribute("codeError", error);
        return "account/second-factor";
    }
}
