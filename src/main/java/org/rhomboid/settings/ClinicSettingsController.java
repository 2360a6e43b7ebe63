package org.rhomboid.settings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.rhomboid.account.access.AdministersClinic;
import org.rhomboid.clinic.ClinicCalendar;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.link.domain.LinkPolicy;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.Npi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator keeps the clinic's letterhead, billing identifiers, co-signature policy, how long patients'
 * links last, and the clinic's calendar: how its dates are written (locale) and which day "today" is (time zone).
 */
@Controller
@AdministersClinic
class ClinicSettingsController {

    record ClinicForm(@NotBlank(message = "Enter the clinic's name") @Size(max = 200) String name,
                      @Size(max = 200, message = "At most 200 characters") String addressLine,
                      @Size(max = 100, message = "At most 100 characters") String city,
                      @Pattern(regexp = "^$|[A-Za-z]{2}", message = "Two letters, e.g. ME") String state,
                      @Pattern(regexp = "^$|\\d{5}(-?\\d{4})?", message = "Five digits, or ZIP+4") String postalCode,
                      @Pattern(regexp = "^$|[0-9 ()+.\\-]{7,30}", message = "A phone number, digits and ( ) - . +")
                      String phone,
                      @Pattern(regexp = "^$|[0-9 ()+.\\-]{7,30}", message = "A fax number, digits and ( ) - . +")
                      String fax,
                      @Pattern(regexp = "^$|\\d{10}", message = "Ten digits") String npi,
                      @Pattern(regexp = "^$|\\d{2}-?\\d{7}", message = "Nine digits, e.g. 12-3456789") String taxId,
                      Boolean requiresCosign,
                      @jakarta.validation.constraints.NotNull(message = "Give a number of days from 1 to 30")
                      @jakarta.validation.constraints.Min(value = 1, message = "Give a number of days from 1 to 30")
                      @jakarta.validation.constraints.Max(value = 30, message = "Give a number of days from 1 to 30")
                      Integer lateEntryDays,
                      @jakarta.validation.constraints.NotNull(message = LINK_DAYS)
                      @jakarta.validation.constraints.Min(value = LinkPolicy.MIN_DAYS, message = LINK_DAYS)
                      @jakarta.validation.constraints.Max(value = LinkPolicy.MAX_DAYS, message = LINK_DAYS)
                      Integer intakeLinkDays,
                      @jakarta.validation.constraints.NotNull(message = LINK_DAYS)
                      @jakarta.validation.constraints.Min(value = LinkPolicy.MIN_DAYS, message = LINK_DAYS)
                      @jakarta.validation.constraints.Max(value = LinkPolicy.MAX_DAYS, message = LINK_DAYS)
                      Integer measuresLinkDays,
                      @jakarta.validation.constraints.NotNull(message = GRACE_DAYS)
                      @jakarta.validation.constraints.Min(value = 0, message = GRACE_DAYS)
                      @jakarta.validation.constraints.Max(value = LinkPolicy.MAX_GRACE_DAYS, message = GRACE_DAYS)
                      Integer portalGraceDays,
                      String locale,
                      String timeZone) {

        static final String LINK_DAYS = "Give a number of days from 1 to 30";
        static final String GRACE_DAYS = "Give a number of days from 0 to 90";

        static ClinicForm of(ClinicProfile p, LinkPolicy links, ClinicCalendar calendar) {
            return new ClinicForm(p.name(), p.addressLine(), p.city(), p.state(), p.zip(), p.phone(), p.fax(),
                    p.npi(), p.taxId() == null ? null : p.taxId().substring(0, 2) + "-" + p.taxId().substring(2),
                    p.requiresCosign(), p.lateEntryDays(), links.intakeDays(), links.measuresDays(),
                    links.portalGraceDays(), calendar.locale(),
                    calendar.timeZone() == null ? "" : calendar.timeZone());
        }

        /** What the form sets of the calendar: null keeps what is stored, an empty zone is the server's. */
        ClinicCalendar calendar() {
            return new ClinicCalendar(locale == null ? null : DateWords.locale(locale).orElseThrow().toLanguageTag(),
                    timeZone == null ? null : timeZone.isBlank() ? "" : DateWords.zone(timeZone).orElseThrow().getId());
        }

        LinkPolicy links() {
            return new LinkPolicy(intakeLinkDays, measuresLinkDays, portalGraceDays);
        }

        ClinicProfile profile() {
            return new ClinicProfile(name.strip(), blank(addressLine), blank(city),
                    state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT),
                    blank(postalCode) == null ? null : postalCode.replace("-", ""), blank(phone), blank(fax),
                    blank(npi), blank(taxId) == null ? null : taxId.replace("-", ""), Boolean.TRUE.equals(requiresCosign),
                    lateEntryDays);
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** A choice in the clinic's calendar selects: the value sent and what the administrator reads. */
    record Choice(String value, String label) {
    }

    private final ClinicSettings settings;
    private final ClinicDates dates;

    ClinicSettingsController(ClinicSettings settings, ClinicDates dates) {
        this.settings = settings;
        this.dates = dates;
    }

    @GetMapping("/admin/clinic")
    String page(Model model) {
        model.addAttribute("clinic", ClinicForm.of(settings.current(), settings.links(), settings.calendar()));
        return "admin/clinic";
    }

    /** Each locale with today's date written its way, so the administrator sees what they choose. */
    @ModelAttribute("locales")
    List<Choice> locales() {
        LocalDate today = dates.today();
        return DateWords.LOCALES.stream().map(l -> new Choice(l.toLanguageTag(), l.getDisplayCountry(Locale.ENGLISH)
                + " — " + DateWords.of(l, dates.zone()).day(today))).toList();
    }

    /** Every region's zone by its IANA name, the server's first (what a clinic has until it chooses). */
    @ModelAttribute("timeZones")
    List<Choice> timeZones() {
        List<Choice> zones = new ArrayList<>();
        zones.add(new Choice("", "The server’s time zone (" + dates.serverZone().getId() + ")"));
        ZoneId.getAvailableZoneIds().stream().filter(z -> DateWords.zone(z).isPresent())
                .filter(z -> z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+")
                        || z.equals("UTC"))
                // Old aliases (Australia/NSW, America/Knox_IN) name the same zones as their cities do.
                .filter(z -> !z.matches(".*[/_][A-Z]{2,}([/_].*)?"))
                .sorted().forEach(z -> zones.add(new Choice(z, z.replace('_', ' '))));
        return zones;
    }

    @PostMapping("/admin/clinic")
    String save(@Valid @ModelAttribute("clinic") ClinicForm form, BindingResult binding, RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("npi") && form.npi() != null && !form.npi().isBlank() && !Npi.isValid(form.npi())) {
            // A record has no bean setter for rejectValue to inspect; the field error is added as such.
            binding.addError(new FieldError("clinic", "npi", form.npi(), false, null, null,
                    "This is not a valid NPI: its check digit does not match"));
        }
        if (form.locale() != null && DateWords.locale(form.locale()).isEmpty()) {
            binding.addError(new FieldError("clinic", "locale", form.locale(), false, null, null,
                    "Choose how the clinic writes dates from the list"));
        }
        if (form.timeZone() != null && !form.timeZone().isBlank() && DateWords.zone(form.timeZone()).isEmpty()) {
            binding.addError(new FieldError("clinic", "timeZone", form.timeZone(), false, null, null,
                    "Choose a time zone from the list, by its region and city (e.g. America/Chicago)"));
        }
        if (binding.hasErrors()) {
            return "admin/clinic";
        }
        settings.update(form.profile(), form.links(), form.calendar());
        redirect.addFlashAttribute("notice", "Clinic details saved.");
        return "redirect:/admin/clinic";
    }
}
