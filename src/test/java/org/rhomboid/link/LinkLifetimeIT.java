package org.rhomboid.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Patients' links end with the episode (discharge ends them, on hold pauses them) and last as long as the clinic
 * says; every refusal is the same kind page, telling the patient to contact the clinic and nothing about the episode.
 */
@RhomboidIntegrationTest
class LinkLifetimeIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final Pattern LINK = Pattern.compile("id=\"(?:measures|portal)-url\"[^>]*>(http[^<]+)<");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;
    WebSession frontDesk;
    WebSession therapist;
    String episode;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Endsworth");
        frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        episode = "/episodes/" + clinic.episode().id();
    }

    /** A patient's phone with one link open: its session, and the form token it would send with. */
    private record Opened(WebSession phone, String link, String csrf) {}

    private Opened open(String link) {
        WebSession phone = WebSession.anonymous(port);
        WebSession.Page page = phone.get(link);
        assertThat(page.status()).as(link + " opens").isEqualTo(200);
        return new Opened(phone, link, WebSession.csrfFrom(page.body()));
    }

    private String intakeLink() {
        return IntakeLinks.issue(frontDesk, episode);
    }

    private String measuresLink() {
        return linkOn(therapist.postMulti(episode + "/measures-link", Map.of("instrument", List.of("GROC")),
                episode + "/outcomes"));
    }

    private String portalLink() {
        return linkOn(therapist.post(episode + "/portal-link", Map.of(), episode + "/hep"));
    }

    private static String linkOn(WebSession.Page page) {
        assertThat(page.status()).isEqualTo(200);
        Matcher matcher = LINK.matcher(page.body());
        assertThat(matcher.find()).as("the page shows the link").isTrue();
        return URI.create(matcher.group(1)).getPath();
    }

    /** The front desk changes the episode's status on its edit form. */
    private void status(String status) {
        int version = db().sql("select version from episode where id = :e").param("e", clinic.episode().id())
                .query(Integer.class).single();
        WebSession.Page saved = frontDesk.post(episode, Map.of("bodyRegion", "THORACIC",
                "onsetDate", clinic.episode().onsetDate().toString(), "mechanism", "INSIDIOUS", "status", status,
                "treatingTherapistId", clinic.user(Role.PT).id().toString(), "version", String.valueOf(version)),
                episode + "/edit");
        assertThat(saved.status()).as("episode " + status).isEqualTo(302);
    }

    private static void refusedKindly(WebSession.Page page) {
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("This link can’t be used").contains("contact your clinic")
                .doesNotContain("Quinn").doesNotContain("ischarge").doesNotContain("on hold");
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    private int count(String sql) {
        return db().sql(sql).param("e", clinic.episode().id()).query(Integer.class).single();
    }

    @Test
    void dischargeEndsEveryLinkAndEachRefusalIsTheSameKindPage() {
        Opened intake = open(intakeLink());
        Opened measures = open(measuresLink());
        Opened portal = open(portalLink());

        status("DISCHARGED");

        WebSession phone = WebSession.anonymous(port);
        refusedKindly(phone.get(intake.link()));
        refusedKindly(phone.get(measures.link()));
        refusedKindly(phone.get(portal.link()));

        // The pages were open on the patient's phone: what they send now is refused and nothing is stored.
        Map<String, List<String>> answers = CompleteIntake.fields();
        answers.put("action", List.of("submit"));
        answers.put("_csrf", List.of(intake.csrf()));
        refusedKindly(intake.phone().postPrepared(intake.link(), answers));
        assertThat(intake.phone().postPrepared(intake.link() + "/draft", Map.of("painNow", List.of("3"),
                "_csrf", List.of(intake.csrf()))).body()).contains("Please contact the clinic");
        refusedKindly(measures.phone().postPrepared(measures.link(), Map.of("GROC.0", List.of("3"),
                "_csrf", List.of(measures.csrf()))));
        refusedKindly(portal.phone().postPrepared(portal.link() + "/diary", Map.of("date", List.of(TODAY.toString()),
                "pain", List.of("4"), "_csrf", List.of(portal.csrf()))));
        assertThat(count("select count(*) from screening where episode_id = :e")).isZero();
        assertThat(count("select count(*) from outcome_result where episode_id = :e")).isZero();
        assertThat(count("select count(*) from pain_diary where episode_id = :e")).isZero();
        assertThat(count("select count(*) from audit_event e join episode ep on ep.patient_id = e.patient_id"
                + " where ep.id = :e and e.outcome = 'DENIED'")).as("each refusal is audited").isGreaterThanOrEqualTo(6);

        // And staff can't send new ones.
        therapist.post(episode + "/portal-link", Map.of(), episode + "/hep");
        assertThat(therapist.get(episode + "/hep").body()).contains("This episode is discharged");
    }

    @Test
    void onHoldPausesEveryLinkAndReopeningLetsThemAnswerAgain() {
        String intake = intakeLink();
        String measures = measuresLink();
        String portal = portalLink();

        status("ON_HOLD");
        WebSession phone = WebSession.anonymous(port);
        refusedKindly(phone.get(intake));
        refusedKindly(phone.get(measures));
        refusedKindly(phone.get(portal));
        frontDesk.post(episode + "/intake-link", Map.of(), episode);
        assertThat(frontDesk.get(episode).body()).contains("This episode is on hold: patient links don’t open until it"
                + " is reopened.");
        assertThat(therapist.postMulti(episode + "/measures-link", Map.of("instrument", List.of("GROC")),
                episode + "/outcomes").status()).as("refused, back to the progress page").isEqualTo(302);

        status("OPEN");
        assertThat(phone.get(intake).status()).isEqualTo(200);
        assertThat(phone.get(measures).status()).isEqualTo(200);
        assertThat(phone.get(portal).status()).isEqualTo(200);
    }

    @Test
    void linksLastAsLongAsTheClinicSaysAndThePortalUntilTheGracePeriodAfterThePlan() {
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        assertThat(admin.get("/admin/clinic").body()).contains("Patients’ links").contains("name=\"intakeLinkDays\"")
                .contains("value=\"7\"").contains("value=\"30\"");
        WebSession.Page refused = saveLinkSettings(admin, "0", "31", "91");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Give a number of days from 1 to 30").contains("Give a number of days from 0 to 90")
                .contains("value=\"31\"").contains("value=\"91\"");
        assertThat(saveLinkSettings(admin, "2", "3", "10").status()).isEqualTo(302);
        assertThat(admin.get("/admin/clinic").body()).contains("value=\"10\"");

        intakeLink();
        assertThat(daysLeft("select expires_at from intake where episode_id = :e")).isBetween(1.99, 2.0);
        measuresLink();
        assertThat(daysLeft("select expires_at from outcome_request where episode_id = :e")).isBetween(2.99, 3.0);

        // Without a plan of care, the portal lasts the grace period from the day the link was given.
        String portal = portalLink();
        WebSession phone = WebSession.anonymous(port);
        given(TODAY.minusDays(9));
        assertThat(phone.get(portal).status()).isEqualTo(200);
        given(TODAY.minusDays(11));
        refusedKindly(phone.get(portal));

        // With one, from its last day: a one-week plan that started 20 days ago ended 14 days ago.
        IntakeLinks.complete(port, frontDesk, episode, CompleteIntake.fields());
        Map<String, List<String>> plan = new LinkedHashMap<>(Map.of("diagnoses", List.of("M54.6"),
                "frequency", List.of("2"), "duration", List.of("1"),
                "startDate", List.of(TODAY.minusDays(20).toString()), "certification", List.of("SIGNED_PLAN"),
                "signatureReceived", List.of(TODAY.minusDays(20).toString()),
                "intervention", List.of("MOBILITY_EXERCISE")));
        assertThat(therapist.postMulti(episode + "/plan", plan, episode + "/evaluation").status()).isEqualTo(302);
        given(TODAY.minusDays(30));
        refusedKindly(phone.get(portal));
        assertThat(saveLinkSettings(admin, "2", "3", "30").status()).isEqualTo(302);
        assertThat(phone.get(portal).status()).as("a longer grace period applies at once").isEqualTo(200);
        assertThat(therapist.get(episode + "/hep").body()).contains("It works until")
                .contains(java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH)
                        .format(TODAY.minusDays(14).plusDays(30)));
    }

    private WebSession.Page saveLinkSettings(WebSession admin, String intake, String measures, String grace) {
        return admin.post("/admin/clinic", Map.of("name", "Test clinic", "lateEntryDays", "3", "intakeLinkDays", intake,
                "measuresLinkDays", measures, "portalGraceDays", grace), "/admin/clinic");
    }

    /** Moves the day the live portal link was given. */
    private void given(LocalDate day) {
        db().sql("update portal_access set issued_at = :at where episode_id = :e and revoked_at is null")
                .param("at", day.atTime(12, 0).atOffset(java.time.ZoneOffset.UTC)).param("e", clinic.episode().id())
                .update();
    }

    private double daysLeft(String expiresAt) {
        return db().sql("select extract(epoch from (" + expiresAt + ") - now()) / 86400").param("e", clinic.episode().id())
                .query(Double.class).single();
    }
}
