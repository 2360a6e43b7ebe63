package org.rhomboid.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.document.QrCodes;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member of staff's own sign-in security: an authenticator app (set up by scanning a QR code and typing its first
 * code, which makes ten recovery codes shown once), passkeys (added with the browser's WebAuthn prompt, see
 * passkeys.js), and what they remove. Reached first thing after signing in where the clinic requires a second
 * factor and the account has none.
 */
@Controller
@AnyStaff
class SignInSecurityController {

    private static final String ISSUER = "Rhomboid";

    private final SecondFactors factors;

    SignInSecurityController(SecondFactors factors) {
        this.factors = factors;
    }

    @GetMapping("/account/sign-in-security")
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        SecondFactors.Status status = factors.status(me);
        model.addAttribute("status", status);
        model.addAttribute("mustSetUp", status.clinicRequires() && !status.any());
        return "account/sign-in-security";
    }

    @PostMapping("/account/sign-in-security/app")
    String beginApp(@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
        try {
            return setUpPage(model, factors.beginApp(me, ISSUER), null);
        } catch (FieldProblemException already) {
            redirect.addFlashAttribute("notice", already.getMessage());
            return "redirect:/account/sign-in-security";
        }
    }

    @PostMapping("/account/sign-in-security/app/confirm")
    String confirmApp(@RequestParam(defaultValue = "") String code, @AuthenticationPrincipal StaffPrincipal me,
                      HttpServletRequest request, HttpServletResponse response, Model model) {
        List<String> codes;
        try {
            codes = factors.confirmApp(me, code.length() > 40 ? "" : code);
        } catch (FieldProblemException wrong) {
            return setUpPage(model, factors.beginApp(me, ISSUER), wrong.getMessage());
        }
        // The code just typed came from the new app: this session has given its second factor.
        if (!me.secondFactorGiven()) {
            SignedInSessions.become(me.withSecondFactor(SecondFactors.APP), request, response);
        }
        model.addAttribute("codes", codes);
        model.addAttribute("justSetUp", true);
        return "account/recovery-codes";
    }

    @PostMapping("/account/sign-in-security/app/remove")
    String removeApp(@AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        factors.removeApp(me);
        redirect.addFlashAttribute("notice", "The authenticator app and its recovery codes are removed.");
        return "redirect:/account/sign-in-security";
    }

    @PostMapping("/account/sign-in-security/recovery-codes")
    String newRecoveryCodes(@AuthenticationPrincipal StaffPrincipal me, Model model, RedirectAttributes redirect) {
        if (!factors.status(me).appSetUp()) {
            redirect.addFlashAttribute("notice", "Recovery codes come with an authenticator app: set one up first.");
            return "redirect:/account/sign-in-security";
        }
        model.addAttribute("codes", factors.newRecoveryCodes(me));
        model.addAttribute("justSetUp", false);
        return "account/recovery-codes";
    }

    @PostMapping("/account/sign-in-security/passkeys/remove")
    String removePasskey(@RequestParam(defaultValue = "") String credentialId,
                         @AuthenticationPrincipal StaffPrincipal me, RedirectAttributes redirect) {
        factors.removePasskey(me, credentialId);
        redirect.addFlashAttribute("notice", "The passkey is removed. Remove it from the device too.");
        return "redirect:/account/sign-in-security";
    }

    private static String setUpPage(Model model, SecondFactors.PendingApp app, String error) {
        model.addAttribute("secret", app.secret().replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qr", QrCodes.svg(app.uri(), "QR code for your authenticator app"));
        model.addAttribute("codeError", error);
        return "account/set-up-app";
    }
}
