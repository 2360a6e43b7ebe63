package org.rhomboid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.Pdfs;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What people read has one date format, the clinic's, and clean sentences (issue 16): no ISO date in the visible
 * text of the worklist, claims, the episode and its certification, the evaluation, a letter and the evaluation's PDF
 * (input values, links and data attributes are not visible text and may keep ISO), and no doubled full stop.
 */
@RhomboidIntegrationTest
class DatesOnPagesIT {

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DOUBLE_STOP = Pattern.compile("[^.]\\.\\.(?!\\.)");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    private static List<String> problems(String where, String visible) {
        List<String> found = new ArrayList<>();
        Matcher iso = ISO.matcher(visible);
        while (iso.find()) {
            found.add(where + ": ISO date " + around(visible, iso.start()));
        }
        Matcher stops = DOUBLE_STOP.matcher(visible);
        while (stops.find()) {
            found.add(where + ": two full stops " + around(visible, stops.start()));
        }
        return found;
    }

    private static String around(String text, int at) {
        return "…" + text.substring(Math.max(0, at - 50), Math.min(text.length(), at + 30)) + "…";
    }

    @Test
    void pagesAndPdfsWriteDatesTheClinicsWay() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Dates on pages");
        LocalDate start = LocalDate.now().minusDays(10);
        SignedEvaluation.sign(port, clinic, start);
        String episode = "/episodes/" + clinic.episode().id();
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);

        List<String> found = new ArrayList<>();
        for (String path : List.of(episode, episode + "/evaluation", episode + "/certification",
                episode + "/letters/plan-of-care", episode + "/outcomes", "/patients/" + clinic.patient().id(),
                "/compliance?scope=clinic")) {
            WebSession.Page page = therapist.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            found.addAll(problems(path, Jsoup.parse(page.body()).body().text()));
        }
        String claims = "/billing/claims?from=" + start.minusDays(1) + "&to=" + LocalDate.now();
        WebSession.Page claimsPage = admin.get(claims);
        assertThat(claimsPage.status()).isEqualTo(200);
        found.addAll(problems(claims, Jsoup.parse(claimsPage.body()).body().text()));

        String pdf = Pdfs.text(therapist.getBytes(episode + "/evaluation/pdf").body());
        assertThat(pdf).contains("Subjective");
        found.addAll(problems("evaluation PDF", pdf));
        assertThat(found).isEmpty();
    }

    @Test
    void theScanFindsIsoDatesAndDoubledStops() {
        assertThat(problems("x", "due by 2026-12-21")).hasSize(1);
        assertThat(problems("x", "adds to the concern.. Next")).hasSize(1);
        assertThat(problems("x", "Dec 7, 2026. Wait... and see.")).isEmpty();
    }
}
