package org.rhomboid.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18, e-mail: a real SMTP server (GreenMail) in this JVM on a free port, started by this class; each test's
 * clinic points its stored SMTP settings at it, so the shared application context is not changed.
 */
@RhomboidIntegrationTest
class MailIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern FEED = Pattern.compile("id=\"feed-url\"[^>]*>(http[^<]+)<");

    @LocalServerPort
    int port;

    @Autowired
    TestClinics clinics;

    @Autowired
    AppointmentMail appointmentMail;

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }

    private WebSession admin(TestClinics.Clinic clinic) {
        return WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
    }

    /** Points the clinic's SMTP settings at GreenMail, through the administrator's page. */
    private void configure(TestClinics.Clinic clinic) {
        WebSession.Page saved = admin(clinic).post("/admin/mail", Map.of("host", "127.0.0.1",
                "port", String.valueOf(smtp.getSmtp().getPort()), "security", "NONE",
                "fromAddress", "frontdesk@harbour.example", "fromName", "Harbour Physio", "leadHours", "24",
                "remindersOn", "on"), "/admin/mail");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    }

    private void emailOnFile(TestClinics.Clinic clinic, String email) {
        owner().sql("update patient set email = :email where id = :id").param("email", email)
                .param("id", clinic.patient().id()).update();
    }

    private UUID book(TestClinics.Clinic clinic, Instant start, String status) {
        UUID id = UUID.randomUUID();
        owner().sql("""
                        insert into appointment (id, clinic_id, patient_id, episode_id, therapist_id, type, starts_at,
                                                 ends_at, status, cancelled_by, booked_by)
                        values (:id, :clinic, :patient, :episode, :therapist, 'TREATMENT', :start, :end, :status,
                                :cancelledBy, :therapist)""")
                .param("id", id).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("episode", clinic.episode().id()).param("therapist", clinic.user(Role.PT).id())
                .param("start", java.sql.Timestamp.from(start))
                .param("end", java.sql.Timestamp.from(start.plus(45, ChronoUnit.MINUTES)))
                .param("status", status).param("cancelledBy", status.equals("CANCELLED") ? "PATIENT" : null)
                .update();
        return id;
    }

    /** The plain-text body, decoded (quoted-printable would break a long link across lines). */
    private static String text(MimeMessage message) throws Exception {
        List<Part> parts = new ArrayList<>();
        collect(message, parts);
        for (Part part : parts) {
            if (part.isMimeType("text/plain") && part.getContent() instanceof String body) {
                return body;
            }
        }
        throw new AssertionError("no text/plain part");
    }

    @Test
    void theSettingsPageNamesEachProblemBesideItsFieldAndNeverShowsThePassword() {
        TestClinics.Clinic clinic = clinics.create("Tillinghast");
        WebSession admin = admin(clinic);
        assertThat(admin.get("/admin/mail").body()).contains("id=\"not-configured\"");

        WebSession.Page refused = admin.post("/admin/mail", Map.of("host", "smtp.harbour.example", "port", "99999",
                "security", "NONE", "username", "frontdesk", "password", "pa55-Tillinghast-word",
                "fromAddress", "not an address", "leadHours", "24"), "/admin/mail");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"port-error\"", "id=\"security-error\"", "id=\"fromAddress-error\"",
                "value=\"smtp.harbour.example\"", "value=\"not an address\"").doesNotContain("pa55-Tillinghast-word");

        WebSession.Page saved = admin.post("/admin/mail", Map.of("host", "smtp.harbour.example", "port", "587",
                "security", "STARTTLS", "username", "frontdesk", "password", "pa55-Tillinghast-word",
                "fromAddress", "frontdesk@harbour.example", "leadHours", "24"), "/admin/mail");
        assertThat(saved.status()).isEqualTo(302);
        String page = admin.get("/admin/mail").body();
        assertThat(page).contains("A password is stored", "value=\"smtp.harbour.example\"")
                .doesNotContain("pa55-Tillinghast-word", "id=\"not-configured\"");
        assertThat(owner().sql("select count(*) from audit_event where clinic_id = :clinic and resource_type ="
                        + " 'E-mail settings' and detail not like '%Tillinghast%'").param("clinic", clinic.id())
                .query(Integer.class).single()).isOne();
        // Blank keeps the stored password.
        admin.post("/admin/mail", Map.of("host", "smtp.harbour.example", "port", "587", "security", "STARTTLS",
                "username", "frontdesk", "password", "", "fromAddress", "frontdesk@harbour.example", "leadHours", "12"),
                "/admin/mail");
        // Kept, and sealed: the database holds no readable password.
        assertThat(owner().sql("select password from clinic_mail_settings where clinic_id = :clinic")
                .param("clinic", clinic.id()).query(String.class).single()).startsWith("sealed:v1:")
                .doesNotContain("Tillinghast");
    }

    @Test
    void aStoredPasswordIsSealedInTheDatabaseAndOpenedOnlyToSend() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Sealwright");
        smtp.setUser("sealwright@harbour.example", "sealwright", "s3aled-Sealwright-pw");
        WebSession admin = admin(clinic);
        assertThat(admin.post("/admin/mail", Map.of("host", "127.0.0.1", "port", String.valueOf(smtp.getSmtp()
                        .getPort()), "security", "NONE", "username", "sealwright", "password", "s3aled-Sealwright-pw",
                "fromAddress", "sealwright@harbour.example", "leadHours", "24"), "/admin/mail").status())
                .isEqualTo(302);
        String stored = owner().sql("select password from clinic_mail_settings where clinic_id = :clinic")
                .param("clinic", clinic.id()).query(String.class).single();
        assertThat(stored).startsWith("sealed:v1:").doesNotContain("Sealwright");
        // Another clinic's row cannot take it: the sealed value is bound to its own clinic.
        TestClinics.Clinic thief = clinics.create("Sealthief");
        admin(thief).post("/admin/mail", Map.of("host", "127.0.0.1", "port", String.valueOf(smtp.getSmtp().getPort()),
                "security", "NONE", "username", "sealwright", "password", "wrong", "fromAddress",
                "thief@harbour.example", "leadHours", "24"), "/admin/mail");
        owner().sql("update clinic_mail_settings set password = :p where clinic_id = :c").param("p", stored)
                .param("c", thief.id()).update();
        assertThat(admin(thief).get("/admin/mail").body()).doesNotContain("A password is stored");

        // Opened to send: the server asks for the password and the test message arrives.
        assertThat(admin.post("/admin/mail/test", Map.of("testAddress", "owner@harbour.example"), "/admin/mail")
                .status()).isEqualTo(302);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("Rhomboid test message");
    }

    @Test
    void theTestMessageArrives() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Pemberton");
        configure(clinic);
        WebSession admin = admin(clinic);
        assertThat(admin.post("/admin/mail/test", Map.of("testAddress", "nope"), "/admin/mail").body())
                .contains("id=\"testAddress-error\"");
        assertThat(admin.post("/admin/mail/test", Map.of("testAddress", "owner@harbour.example"), "/admin/mail")
                .status()).isEqualTo(302);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).startsWith("Rhomboid test message");
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("owner@harbour.example");
        assertThat(message.getFrom()[0].toString()).contains("frontdesk@harbour.example", "Harbour Physio");
    }

    @Test
    void aPatientLinkSentByEmailArrivesWithTheLinkAndNothingClinical() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Wolstenholme");
        configure(clinic);
        emailOnFile(clinic, "quinn.w@patients.example");
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String episode = "/episodes/" + clinic.episode().id();
        WebSession.Page issued = frontDesk.post(episode + "/intake-link", Map.of(), episode);
        assertThat(issued.body()).contains("Send by e-mail");
        Matcher matcher = TOKEN.matcher(issued.body());
        assertThat(matcher.find()).isTrue();
        String token = matcher.group(1);

        WebSession.Page typedWrong = frontDesk.post(episode + "/intake-link/mail", Map.of("token", token, "to", "TYPED",
                "address", "quinn at example"), episode);
        assertThat(typedWrong.body()).contains("Enter one e-mail address").contains("value=\"quinn at example\"");
        // htmx swaps the section alone, the problem beside its field and the typed address kept.
        WebSession.Page fragment = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD)
                .withHeader("HX-Request", "true").post(episode + "/intake-link/mail", Map.of("token", token,
                        "to", "TYPED", "address", ""), episode);
        assertThat(fragment.body().strip()).startsWith("<section").contains("Enter the e-mail address", "name=\"token\"")
                .doesNotContain("<html");
        WebSession.Page forged = frontDesk.post(episode + "/intake-link/mail", Map.of("token", token + "x",
                "to", "ON_FILE"), episode);
        assertThat(forged.body()).contains("This link no longer works");

        WebSession.Page sent = frontDesk.post(episode + "/intake-link/mail", Map.of("token", token, "to", "ON_FILE"),
                episode);
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body()).contains("Sent to q…@patients.example");
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("quinn.w@patients.example");
        assertThat(message.getSubject()).startsWith("Your intake form").doesNotContain("Quinn", "Wolstenholme");
        String body = text(message);
        assertThat(body).contains("/intake/" + token, "Hello Quinn,");
        assertThat(body.toLowerCase()).doesNotContain("wolstenholme", "thoracic", "medicare", "diagnos", "pain");

        // Audited with the episode and the patient, never the token or the address.
        List<String> audited = owner().sql("""
                        select concat_ws('|', action, resource_type, resource_id, outcome, detail) from audit_event
                         where clinic_id = :clinic and resource_type like 'E-mail:%'""")
                .param("clinic", clinic.id()).query(String.class).list();
        assertThat(audited).containsExactly("EXPORT|E-mail: intake link|" + clinic.episode().id()
                + "|SUCCESS|to the patient's address on file");
        assertThat(String.join("", audited)).doesNotContain(token, "quinn.w");
    }

    @Test
    void theReminderJobSendsEachBookedAppointmentWithinTheLeadTimeOnceWithItsCalendarFile() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Fairweather");
        configure(clinic);
        emailOnFile(clinic, "quinn.f@patients.example");
        Instant soon = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        UUID due = book(clinic, soon, "BOOKED");
        UUID cancelled = book(clinic, soon.plus(1, ChronoUnit.HOURS), "CANCELLED");
        UUID later = book(clinic, soon.plus(3, ChronoUnit.DAYS), "BOOKED");

        int first = ClinicScope.callAs(clinic.id(), appointmentMail::sendDueReminders);
        int second = ClinicScope.callAs(clinic.id(), appointmentMail::sendDueReminders);
        assertThat(first + second).isLessThanOrEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getSubject()).startsWith("Reminder: physical therapy appointment on")
                .doesNotContain("Quinn", "Fairweather");
        assertThat(text(message).toLowerCase()).doesNotContain("fairweather", "thoracic", "medicare", "treatment");

        Part ics = attachment(message);
        assertThat(ics.getContentType()).startsWith("text/calendar");
        Calendar calendar;
        try (InputStream in = ics.getInputStream()) {
            calendar = IcsCalendarsTest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(Instant.from(event.getStartDate().orElseThrow().getDate())).isEqualTo(soon);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).contains(due.toString());
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");

        assertThat(owner().sql("select appointment_id::text || outcome from appointment_reminder where clinic_id = :c")
                .param("c", clinic.id()).query(String.class).list()).containsExactly(due + "SENT");
        assertThat(owner().sql("select count(*) from audit_event where clinic_id = :c and resource_type ="
                        + " 'E-mail: appointment reminder' and patient_id = :p and outcome = 'SUCCESS'")
                .param("c", clinic.id()).param("p", clinic.patient().id()).query(Integer.class).single()).isOne();

        // "Send a reminder now" sends on request, even for one outside the lead time.
        assertThat(ClinicScope.callAs(clinic.id(), () -> appointmentMail.sendReminder(later)))
                .isEqualTo(AppointmentMail.Outcome.SENT);
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClinicScope.callAs(clinic.id(),
                () -> appointmentMail.sendReminder(cancelled))).isInstanceOf(org.rhomboid.shared.ConflictException.class);
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void nothingIsSentUntilTheClinicIsConfigured() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Underhill");
        emailOnFile(clinic, "quinn.u@patients.example");
        UUID booked = book(clinic, Instant.now().plus(2, ChronoUnit.HOURS), "BOOKED");
        assertThat(ClinicScope.callAs(clinic.id(), appointmentMail::sendDueReminders)).isZero();
        assertThat(ClinicScope.callAs(clinic.id(), () -> appointmentMail.sendReminder(booked)))
                .isEqualTo(AppointmentMail.Outcome.NOT_CONFIGURED);

        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String episode = "/episodes/" + clinic.episode().id();
        Matcher matcher = TOKEN.matcher(frontDesk.post(episode + "/intake-link", Map.of(), episode).body());
        assertThat(matcher.find()).isTrue();
        assertThat(frontDesk.post(episode + "/intake-link/mail", Map.of("token", matcher.group(1), "to", "ON_FILE"),
                episode).body()).contains("E-mail is not set up for this clinic");

        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(owner().sql("select count(*) from appointment_reminder where clinic_id = :c")
                .param("c", clinic.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void theCalendarFeedShowsInitialsAndTypesOnlyAndStopsWhenRevoked() {
        TestClinics.Clinic clinic = clinics.create("Blackwood");
        book(clinic, Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES), "BOOKED");
        book(clinic, Instant.now().plus(400, ChronoUnit.DAYS), "BOOKED");
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(therapist.get("/account/calendar").body()).contains("id=\"feed-none\"");
        WebSession.Page issued = therapist.post("/account/calendar", Map.of(), "/account/calendar");
        Matcher matcher = FEED.matcher(issued.body());
        assertThat(matcher.find()).as(issued.body()).isTrue();
        String path = java.net.URI.create(matcher.group(1)).getPath();
        assertThat(path).matches("/calendar/cal_[A-Za-z0-9_-]{43}\\.ics");

        var feed = WebSession.anonymous(port).getBytes(path);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        String ics = new String(feed.body(), StandardCharsets.UTF_8);
        assertThat(ics).contains("SUMMARY:Q. B. · Treatment", "BEGIN:VEVENT").doesNotContain("Quinn", "Blackwood");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(2);
        assertThat(therapist.get("/account/calendar").body()).contains("last fetched");
        assertThat(owner().sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'Calendar feed'"
                        + " and action = 'READ' and :p = any(patients_shown)")
                .param("c", clinic.id()).param("p", clinic.patient().id()).query(Integer.class).single()).isOne();

        // Renewing stops the old address; revoking stops the new one.
        Matcher renewed = FEED.matcher(therapist.post("/account/calendar", Map.of(), "/account/calendar").body());
        assertThat(renewed.find()).isTrue();
        String newPath = java.net.URI.create(renewed.group(1)).getPath();
        assertThat(WebSession.anonymous(port).getBytes(path).statusCode()).isEqualTo(404);
        assertThat(WebSession.anonymous(port).getBytes(newPath).statusCode()).isEqualTo(200);
        assertThat(therapist.post("/account/calendar/revoke", Map.of(), "/account/calendar").status()).isEqualTo(302);
        assertThat(WebSession.anonymous(port).getBytes(newPath).statusCode()).isEqualTo(404);
        assertThat(WebSession.anonymous(port).getBytes("/calendar/cal_nothing.ics").statusCode()).isEqualTo(404);
    }

    private static Part attachment(MimeMessage message) throws Exception {
        List<Part> parts = new ArrayList<>();
        collect(message, parts);
        return parts.stream().filter(p -> {
            try {
                return p.getContentType().startsWith("text/calendar");
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no text/calendar part"));
    }

    private static void collect(Part part, List<Part> parts) throws Exception {
        parts.add(part);
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        }
    }
}
