package org.rhomboid.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * A one-time link is used once, even when the patient's phone sends the form ten times at the same moment (a
 * double tap, a flaky connection retrying, a replayed request): one send is kept, the others are told it is done.
 */
@RhomboidIntegrationTest
class SingleUseLinksIT {

    private static final int SENDS = 10;
    private static final Pattern MEASURES_LINK = Pattern.compile("class=\"copy-field\"[^>]*>(http[^<\"]+/measures/[^<\"]+)<");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Onceworth");
    }

    @Test
    void tenSimultaneousSendsOfOneIntakeLinkScreenTheEpisodeOnce() throws Exception {
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String link = IntakeLinks.issue(frontDesk, "/episodes/" + clinic.episode().id());
        Map<String, List<String>> form = CompleteIntake.fields();
        form.put("action", List.of("submit"));

        List<WebSession.Page> answers = sendAtOnce(link, form);

        assertThat(count("select count(*) from screening where episode_id = :e and trigger = 'INTAKE'")).isEqualTo(1);
        assertThat(count("select count(*) from outcome_result where episode_id = :e and source = 'INTAKE'"))
                .as("one baseline NPRS and one PSFS").isEqualTo(2);
        assertThat(answers).filteredOn(page -> page.body().contains("Thank you")).hasSize(1);
        assertThat(answers).filteredOn(SingleUseLinksIT::refused).hasSize(SENDS - 1);
        assertThat(WebSession.anonymous(port).get(link).status()).as("used up").isEqualTo(404);
    }

    @Test
    void tenSimultaneousSendsOfOneMeasuresLinkRecordEachMeasureOnce() throws Exception {
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        String progress = "/episodes/" + clinic.episode().id() + "/outcomes";
        WebSession.Page sent = therapist.postMulti("/episodes/" + clinic.episode().id() + "/measures-link",
                Map.of("instrument", List.of("NPRS", "GROC")), progress);
        Matcher matcher = MEASURES_LINK.matcher(sent.body());
        assertThat(matcher.find()).as("the page shows the link").isTrue();
        String link = URI.create(matcher.group(1)).getPath();
        Map<String, List<String>> form = new HashMap<>(Map.of("GROC.0", List.of("4")));
        for (int i = 0; i < 3; i++) {
            form.put("NPRS." + i, List.of(String.valueOf(i + 2)));
        }

        List<WebSession.Page> answers = sendAtOnce(link, form);

        assertThat(count("select count(*) from outcome_result where episode_id = :e and source = 'PATIENT'"))
                .as("one NPRS and one GROC").isEqualTo(2);
        assertThat(count("select count(*) from outcome_request where episode_id = :e and status = 'COMPLETED'"))
                .isEqualTo(1);
        assertThat(answers).filteredOn(page -> page.body().contains("Thank you")).hasSize(1);
        assertThat(answers).filteredOn(SingleUseLinksIT::refused).hasSize(SENDS - 1);
        assertThat(WebSession.anonymous(port).get(link).status()).as("used up").isEqualTo(404);
    }

    /**
     * Ten phones open the link first (each with its own session and form token), then all send at the same moment:
     * a thread each, held at a latch until every one is ready.
     */
    private List<WebSession.Page> sendAtOnce(String link, Map<String, List<String>> form) throws Exception {
        List<WebSession> phones = new ArrayList<>();
        List<Map<String, List<String>>> forms = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            WebSession phone = WebSession.anonymous(port);
            WebSession.Page opened = phone.get(link);
            assertThat(opened.status()).isEqualTo(200);
            Map<String, List<String>> withToken = new HashMap<>(form);
            withToken.put("_csrf", List.of(WebSession.csrfFrom(opened.body())));
            phones.add(phone);
            forms.add(withToken);
        }
        ExecutorService pool = Executors.newFixedThreadPool(SENDS);
        try {
            CountDownLatch ready = new CountDownLatch(SENDS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<WebSession.Page>> sends = new ArrayList<>();
            for (int i = 0; i < SENDS; i++) {
                WebSession phone = phones.get(i);
                Map<String, List<String>> body = forms.get(i);
                sends.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return phone.postPrepared(link, body);
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<WebSession.Page> pages = new ArrayList<>();
            for (Future<WebSession.Page> send : sends) {
                pages.add(send.get(60, TimeUnit.SECONDS));
            }
            assertThat(pages).as("never an error page").allSatisfy(page -> assertThat(page.status()).isLessThan(500));
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }

    private int count(String sql) {
        return JdbcClient.create(owner).sql(sql).param("e", clinic.episode().id()).query(Integer.class).single();
    }

    /**
     * A send that raced the first one while its transaction was open waits on the link's row and learns it was
     * already sent (409); one that arrives after the first committed finds no link at all and sees the closed page
     * (404). Which of the two each gets depends on timing; neither stores anything.
     */
    private static boolean refused(WebSession.Page page) {
        return page.status() == 409 && page.body().contains("We already have your answers")
                || page.status() == 404 && page.body().contains("can’t be used");
    }
}
