package org.rhomboid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main pages of a test clinic, rendered, read as a person reads them: no field or enum name (camelCase,
 * UPPER_CASE) in the visible text. Complements the template scan, which cannot see what expressions produce.
 */
@RhomboidIntegrationTest
class RawNamesOnPagesIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    @Test
    void mainPagesShowNoFieldOrEnumNames() {
        TestClinics.Clinic clinic = clinics.create("Rawnames");
        String patient = "/patients/" + clinic.patient().id();
        String episode = "/episodes/" + clinic.episode().id();
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        // An assessment whose billed level is limited by two components ("limited by …" is shown).
        assertThat(therapist.post(episode + "/assessment", Map.of("classification", "HYPERKYPHOSIS",
                "prognosis", "GOOD", "presentation", "STABLE", "decisionMaking", "HIGH", "personalFactors", "3",
                "narrative", "Mid-thoracic stiffness."), episode + "/evaluation").status()).isEqualTo(302);

        List<String> found = new ArrayList<>();
        scan(therapist, found, "/patients", "/patients/new", patient, patient + "/edit", episode,
                episode + "/certification", episode + "/evaluation", episode + "/outcomes", episode + "/notes",
                episode + "/hep", "/compliance", episode + "/intake", episode + "/exam", "/dashboard/outcomes",
                "/exercises", "/exercises/new", "/account/password", "/account/sign-in-security");
        // Forms sent back with problems: the messages beside the fields.
        WebSession.Page ownExercise = therapist.post("/exercises", Map.of("name", "Wall slide", "sets", "",
                "timesPerDay", "", "daysPerWeek", "9"), "/exercises/new");
        assertThat(ownExercise.status()).isEqualTo(200);
        assertThat(ownExercise.body()).contains("Give how many times a day").contains("days a week");
        scanBody("POST /exercises", ownExercise.body(), found);
        WebSession.Page exam = therapist.post(episode + "/exam", Map.of("palp.R3L", "7"), episode + "/exam");
        assertThat(exam.body()).contains("Rib 3 left");
        scanBody("POST exam", exam.body(), found);

        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        scan(biller, found, "/billing/claims", "/billing/fees", "/billing/settings", "/billing/secondary");
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        scan(admin, found, "/admin/staff", "/admin/clinic", "/admin/audit", "/admin/home-exercise", "/admin/questionnaires",
                "/admin/emergency-access", patient + "/disclosures");

        assertThat(found).as("field or enum names on rendered pages").isEmpty();
    }

    private static void scan(WebSession session, List<String> found, String... paths) {
        for (String path : paths) {
            WebSession.Page page = session.get(path);
            assertThat(page.status()).as(path).isIn(200, 302);
            if (page.status() == 200 && page.body().stripLeading().toLowerCase().startsWith("<!doctype html")) {
                scanBody(path.replaceAll("[0-9a-f-]{36}", "{id}"), page.body(), found);
            }
        }
    }

    private static void scanBody(String where, String html, List<String> found) {
        for (String text : RawNames.visibleText(Jsoup.parse(html).body())) {
            RawNames.in(text).forEach(t -> found.add(where + ": " + t + " in \"" + text.strip() + "\""));
        }
    }
}
