package org.rhomboid.account;

import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.web.OpenWithoutSignIn;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and where a signed-in member of staff lands (by role). */
@Controller
class SignInPages {

    /**
     * Home: a clinician's is today's caseload, the front desk's the schedule, everyone else's the patient list. A
     * clinician who is also an administrator or a biller treats first.
     */
    @AnyStaff
    @GetMapping("/")
    String home() {
        StaffPrincipal me = StaffPrincipal.current().orElse(null);
        if (me != null && (me.has(Role.PT) || me.has(Role.PTA))) {
            return "redirect:/today";
        }
        if (me != null && me.has(Role.FRONT_DESK)) {
            return "redirect:/schedule";
        }
        return "redirect:/patients";
    }

    @OpenWithoutSignIn
    @GetMapping("/login")
    String login() {
        return "login";
    }
}
