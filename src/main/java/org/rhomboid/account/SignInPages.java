package org.rhomboid.account;

import org.rhomboid.account.access.AnyStaff;
import org.rhomboid.web.OpenWithoutSignIn;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and where a signed-in member of staff lands. */
@Controller
class SignInPages {

    @AnyStaff
    @GetMapping("/")
    String home() {
        return "redirect:/patients";
    }

    @OpenWithoutSignIn
    @GetMapping("/login")
    String login() {
        return "login";
    }
}
