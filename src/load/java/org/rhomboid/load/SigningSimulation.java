package org.rhomboid.load;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Signing daily notes as fast as the server takes them (docs/performance.md, "Signing against pgbench"): every
 * load clinician, without pauses, starts a daily note on their episode and signs it, over and over. The "sign daily
 * note" requests per second are set against what pgbench reaches running the same SQL statements
 * (load/pgbench/sign-daily-note.pgbench). Options: load.baseUrl, load.users, load.clinicians, load.duration (s).
 */
public class SigningSimulation extends Simulation {

    private static final String BASE = System.getProperty("load.baseUrl", "http://localhost:8080");
    private static final int SIGNERS = Integer.getInteger("load.clinicians", 50);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.duration", 60));

    public SigningSimulation() {
        LoadSetup.Prepared day = LoadSetup.prepare(URI.create(BASE).getPort(),
                Path.of(System.getProperty("load.users", "target/load/users.csv")), SIGNERS, 0, 0, false);
        HttpProtocolBuilder staff = http.baseUrl(BASE).disableFollowRedirect()
                .acceptHeader("text/html,application/xhtml+xml").acceptLanguageHeader("en-US")
                .userAgentHeader("Rhomboid load test (signing)");
        Map<String, List<String>> note = LoadSetup.dailyNote(LocalDate.now());
        ScenarioBuilder signers = scenario("Signers")
                .exec(io.gatling.javaapi.core.CoreDsl.feed(listFeeder(ClinicDaySimulation.rows(day.clinicians())).queue()))
                .exec(session -> session.set("phase", ""))
                .exec(ClinicDaySimulation.signIn())
                .exec(http("patient list").get("/patients").check(status().is(200),
                        regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf")))
                .exec(during(RUN).on(
                        exec(http("start daily note").post("/episodes/#{episode}/notes")
                                .formParam("kind", "DAILY_NOTE").formParam("_csrf", "#{csrf}")
                                .check(status().is(302), headerRegex("Location", "/notes/([0-9a-f-]{36})").saveAs("note")))
                        .exec(http("sign daily note").post("/notes/#{note}")
                                .formParamMap(ClinicDaySimulation.form(note, 2, "sign")).check(status().is(302)))));
        setUp(signers.injectOpen(rampUsers(day.clinicians().size()).during(Duration.ofSeconds(5))).protocols(staff))
                .assertions(global().failedRequests().count().is(0L));
    }
}
