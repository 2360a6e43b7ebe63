package org.rhomboid.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clinic's calendar (issue 16): the administrator chooses how dates are written and the time zone "today" is read
 * in; both are checked beside their fields and named in the audit trail, and two clinics far apart see two days.
 */
@RhomboidIntegrationTest
class ClinicCalendarIT {

    private static final Pattern AS_OF = Pattern.compile("as of <span>([^<]+)</span>");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    private static Map<String, String> details(String locale, String zone) {
        Map<String, String> form = new HashMap<>(Map.of("name", "Calendar PT", "lateEntryDays", "3",
                "intakeLinkDays", "7", "measuresLinkDays", "7", "portalGraceDays", "30"));
        form.put("locale", locale);
        form.put("timeZone", zone);
        return form;
    }

    private static String asOf(WebSession session) {
        Matcher m = AS_OF.matcher(session.get("/compliance?scope=clinic").body());
        assertThat(m.find()).as("the worklist says which day it is").isTrue();
        return m.group(1);
    }

    @Test
    void unknownLocalesAndZonesAreRefusedBesideTheirFields() {
        TestClinics.Clinic clinic = clinics.create("Calendar checks");
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        assertThat(admin.get("/admin/clinic").body()).contains("Dates written as").contains("America/Chicago")
                .contains("The server’s time zone");

        WebSession.Page refused = admin.post("/admin/clinic", details("fr-FR", "Mars/Olympus_Mons"), "/admin/clinic");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"locale-error\"").contains("Choose how the clinic writes dates")
                .contains("id=\"timeZone-error\"").contains("Choose a time zone from the list");
        assertThat(admin.post("/admin/clinic", details("en-US", "+05:00"), "/admin/clinic").body())
                .as("a fixed offset knows no daylight saving").contains("id=\"timeZone-error\"");

        assertThat(admin.post("/admin/clinic", details("en-GB", "Europe/London"), "/admin/clinic").status())
                .isEqualTo(302);
        String page = admin.get("/admin/clinic").body();
        assertThat(page).contains("<option value=\"en-GB\" selected=\"selected\"")
                .contains("<option value=\"Europe/London\" selected=\"selected\"");
        assertThat(admin.get("/admin/audit?action=UPDATE").body()).contains("locale, time zone");

        // The British clinic's worklist is dated day first, in London.
        assertThat(asOf(admin)).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}")
                .isEqualTo(DateWords.of(Locale.forLanguageTag("en-GB"), ZoneId.of("Europe/London")).day(Instant.now()));

        // So is the page its patient opens from an intake link: no one is signed in, the link names the clinic.
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String link = IntakeLinks.issue(frontDesk, "/episodes/" + clinic.episode().id());
        Matcher until = Pattern.compile("it works until ([^)]+)\\)").matcher(WebSession.anonymous(port).get(link).body());
        assertThat(until.find()).as("the patient's page says how long the link works").isTrue();
        assertThat(until.group(1)).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}");
    }

    @Test
    void clinicsOnEitherSideOfTheDateLineSeeDifferentDays() {
        TestClinics.Clinic east = clinics.create("Kiritimati");
        TestClinics.Clinic west = clinics.create("Pago Pago");
        WebSession eastAdmin = WebSession.signIn(port, east.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        WebSession westAdmin = WebSession.signIn(port, west.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        assertThat(eastAdmin.post("/admin/clinic", details("en-US", "Pacific/Kiritimati"), "/admin/clinic").status())
                .isEqualTo(302);
        assertThat(westAdmin.post("/admin/clinic", details("en-US", "Pacific/Pago_Pago"), "/admin/clinic").status())
                .isEqualTo(302);

        // UTC+14 and UTC-11 are 25 hours apart: never the same day.
        DateWords us = DateWords.of(Locale.forLanguageTag("en-US"), ZoneId.of("Pacific/Kiritimati"));
        String eastDay = asOf(eastAdmin);
        String westDay = asOf(westAdmin);
        assertThat(eastDay).isNotEqualTo(westDay);
        assertThat(eastDay).isEqualTo(us.day(Instant.now()));
        assertThat(westDay).isEqualTo(DateWords.of(Locale.forLanguageTag("en-US"), ZoneId.of("Pacific/Pago_Pago"))
                .day(Instant.now()));
        // The date inputs that default to today take the clinic's today too (ISO, as HTML wants).
        String eastIso = us.date(Instant.now()).toString();
        WebSession eastTherapist = WebSession.signIn(port, east.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(eastTherapist.get("/episodes/" + east.episode().id() + "/edit").body())
                .contains("max=\"" + eastIso + "\"");
    }
}
