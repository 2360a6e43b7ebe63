package org.rhomboid.mail;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.mail.domain.MailSettings;
import org.rhomboid.mail.domain.MailSettingsForm;
import org.rhomboid.mail.domain.SmtpSecurity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The clinic's e-mail settings (administrators): its SMTP server, the sender, appointment reminders, and a test
 * message. The password is write-only: the page says whether one is stored, never what it is.
 */
@Controller
@AdministersClinic
class MailSettingsController {

    private final ClinicMail mail;

    MailSettingsController(ClinicMail mail) {
        this.mail = mail;
    }

    @GetMapping("/admin/mail")
    String page(Model model) {
        Optional<MailSettings> stored = mail.settings();
        Map<String, String> values = new HashMap<>();
        stored.ifPresentOrElse(s -> {
            values.put("host", s.host());
            values.put("port", String.valueOf(s.port()));
            values.put("security", s.security().name());
            values.put("username", s.username() == null ? "" : s.username());
            values.put("fromAddress", s.fromAddress());
            values.put("fromName", s.fromName() == null ? "" : s.fromName());
            values.put("leadHours", String.valueOf(s.leadHours()));
            values.put("remindersOn", s.remindersOn() ? "on" : "");
        }, () -> {
            values.put("port", "587");
            values.put("security", SmtpSecurity.STARTTLS.name());
            values.put("leadHours", String.valueOf(MailSettings.DEFAULT_LEAD_HOURS));
        });
        return render(values, Map.of(), stored, model);
    }

    @PostMapping("/admin/mail")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, List<String>> form = new LinkedHashMap<>(params);
        form.remove("_csrf");
        Map<String, String> errors = mail.save(form);
        if (!errors.isEmpty()) {
            Map<String, String> typed = new HashMap<>();
            // Everything typed comes back, except the password, which never goes back to the browser.
            MailSettingsForm.FIELDS.stream().filter(k -> !k.equals("password"))
                    .forEach(k -> typed.put(k, params.getFirst(k) == null ? "" : params.getFirst(k)));
            return render(typed, errors, mail.settings(), model);
        }
        redirect.addFlashAttribute("notice", "E-mail settings saved.");
        return "redirect:/admin/mail";
    }

    @PostMapping("/admin/mail/test")
    String test(@RequestParam(name = "testAddress", required = false) String address, Model model,
                RedirectAttributes redirect) {
        ClinicMail.TestResult result = mail.sendTest(address);
        switch (result) {
            case SENT -> {
                redirect.addFlashAttribute("notice", "Test message sent. If it does not arrive, check the"
                        + " address, the spam folder and the server's settings.");
                return "redirect:/admin/mail";
            }
            case NOT_CONFIGURED -> {
                redirect.addFlashAttribute("notice", "Save the settings first: nothing is sent until then.");
                return "redirect:/admin/mail";
            }
            default -> {
                page(model);
                model.addAttribute("testAddress", address == null ? "" : address);
                model.addAttribute("testError", result == ClinicMail.TestResult.BAD_ADDRESS
                        ? "Enter one e-mail address, e.g. you@yourclinic.example"
                        : "The server did not accept the message: check the host, port, security, user name and"
                        + " password.");
                return "admin/mail";
            }
        }
    }

    private static String render(Map<String, String> values, Map<String, String> errors,
                                 Optional<MailSettings> stored, Model model) {
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("configured", stored.isPresent());
        model.addAttribute("passwordStored", stored.map(MailSettings::hasPassword).orElse(false));
        model.addAttribute("securities", SmtpSecurity.values());
        if (!model.containsAttribute("testAddress")) {
            model.addAttribute("testAddress", "");
        }
        return "admin/mail";
    }
}
