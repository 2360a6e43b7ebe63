package org.rhomboid.load;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A clinic day against a running Rhomboid (docs/performance.md, "Clinic day under load"): clinicians sign in
 * through the form, read the patient list and their worklist, search, open a chart, their patient's episode and
 * exam, write a daily note with the live-units calls, sign it and open its PDF; the front desk searches and opens
 * charts; billers preview claims; patients open their portal. Each request is named by its kind, so the report
 * gives p50/p95/p99 and throughput per kind. The targets are Gatling assertions: a missed one fails the run.
 *
 * <p>Options (system properties): load.baseUrl, load.users (the file LoadData wrote), load.clinicians,
 * load.frontDesk, load.billers, load.patients (portal users), load.duration and load.ramp (seconds), load.think
 * (milliseconds between a person's steps), load.assert (false to report without failing on the targets).
 */
public class ClinicDaySimulation extends Simulation {

    private static final String BASE = System.getProperty("load.baseUrl", "http://localhost:8080");
    private static final int CLINICIANS = Integer.getInteger("load.clinicians", 50);
    private static final int FRONT_DESK = Integer.getInteger("load.frontDesk", 10);
    private static final int BILLERS = Integer.getInteger("load.billers", 5);
    private static final int PORTAL = Integer.getInteger("load.portal", 200);
    private static final Duration DAY = Duration.ofSeconds(Long.getLong("load.duration", 600));
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.ramp", 30));
    private static final Duration THINK = Duration.ofMillis(Long.getLong("load.think", 1000));
    /**
     * The first load.warmup seconds after the ramp (default 120) are the server's warm-up — the JIT compiling, the
     * caches filling, everyone signing in: their requests are named "warm-up: …", reported, and held to no target.
     */
    private static final Duration WARMUP = Duration.ofSeconds(Long.getLong("load.warmup", 120));
    private static long measuredFrom = Long.MAX_VALUE;
    private static final String CSRF = "<meta name=\"_csrf\" content=\"([^\"]+)\"";
    private static final String PATIENT_LINK = "/patients/([0-9a-f-]{36})\"";
    /** Searches as people type them: common prefixes, a given and family name; each finds patients in any clinic. */
    private static final List<String> SEARCHES = List.of("smi", "garc", "nguyen", "lee", "will", "john", "mary smith",
            "brown", "tho", "mart");
    /**
     * Every kind of request but the two whose target is 1 s: the PDF, and signing in, which is one BCrypt check at
     * cost 12 — slow by design, so that a stolen table of hashes is slow to guess (docs/security.md).
     */
    private static final List<String> PAGES = List.of("sign-in page", "patient list", "worklist",
            "patient search", "patient chart", "episode", "exam page", "start daily note", "daily note page",
            "live units", "save daily note", "sign daily note", "new patient page", "claims page", "claims preview",
            "portal");

    public ClinicDaySimulation() {
        LoadSetup.Prepared day = LoadSetup.prepare(URI.create(BASE).getPort(),
                Path.of(System.getProperty("load.users", "target/load/users.csv")), CLINICIANS, FRONT_DESK, BILLERS);
        measuredFrom = System.currentTimeMillis() + RAMP.plus(WARMUP).toMillis();

        HttpProtocolBuilder staff = http.baseUrl(BASE).disableFollowRedirect()
                .acceptHeader("text/html,application/xhtml+xml").acceptLanguageHeader("en-US")
                .userAgentHeader("Rhomboid load test");
        // Patients come from their own phones: one loopback address each, as the per-address link budget expects.
        HttpProtocolBuilder phones = http.baseUrl(BASE).disableFollowRedirect().acceptHeader("text/html")
                .userAgentHeader("Rhomboid load test (patient)")
                .localAddresses(IntStream.range(0, PORTAL).mapToObj(i -> "127.0." + (10 + i / 250) + "." + (1 + i % 250))
                        .toList());

        List<PopulationBuilder> people = new ArrayList<>();
        people.add(clinicians(day).injectOpen(rampUsers(day.clinicians().size()).during(RAMP)).protocols(staff));
        if (!day.frontDesk().isEmpty()) {
            people.add(frontDesk(day).injectOpen(rampUsers(day.frontDesk().size()).during(RAMP)).protocols(staff));
        }
        if (!day.billers().isEmpty()) {
            people.add(billers(day).injectOpen(rampUsers(day.billers().size()).during(RAMP)).protocols(staff));
        }
        if (PORTAL > 0) {
            people.add(portal(day).injectOpen(rampUsers(PORTAL).during(RAMP)).protocols(phones));
        }
        SetUp setUp = setUp(people);
        if (!"false".equals(System.getProperty("load.assert"))) {
            List<Assertion> targets = new ArrayList<>();
            targets.add(global().failedRequests().count().is(0L));
            PAGES.forEach(kind -> targets.add(details(kind).responseTime().percentile(99.0).lt(100)));
            targets.add(details("note PDF").responseTime().percentile(99.0).lt(1000));
            targets.add(details("sign in").responseTime().percentile(99.0).lt(1000));
            setUp.assertions(targets);
        }
    }

    static List<Map<String, Object>> rows(List<LoadSetup.Account> accounts) {
        return accounts.stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("email", a.email());
            row.put("episode", a.episode());
            return row;
        }).toList();
    }

    /** A request's name: its kind, after "warm-up: " while the server warms up (see WARMUP). */
    static String named(String kind) {
        return "#{phase}" + kind;
    }

    /** Sets the phase the next requests are named in; each person's loop starts with it. */
    static ChainBuilder phase() {
        return exec(session -> session.set("phase", System.currentTimeMillis() < measuredFrom ? "warm-up: " : ""));
    }

    private static List<Map<String, Object>> searches() {
        return SEARCHES.stream().map(q -> Map.<String, Object>of("query", q)).toList();
    }

    /**
     * The sign-in form with its CSRF token; a refused sign-in goes back to /login, which counts as an error. Signing in
     * happens in the ramp, before any warm-up is over, and is measured all the same: its target is its own (1 s).
     */
    static ChainBuilder signIn() {
        return exec(http("sign-in page").get("/login").check(status().is(200),
                        regex("name=\"_csrf\" value=\"([^\"]+)\"").saveAs("csrf")))
                .exec(http("sign in").post("/login").formParam("username", "#{email}")
                        .formParam("password", LoadData.PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(302), header("Location")
                                .transform(location -> location.contains("/login")).is(false)));
    }

    private static ChainBuilder patientList() {
        // The session's CSRF token after sign-in (the sign-in changed it), for every form post that follows.
        // A patient to open when the search finds nobody in this clinic (a search that finds nobody is no error).
        return exec(http(named("patient list")).get("/patients").check(status().is(200), regex(CSRF).saveAs("csrf"),
                regex(PATIENT_LINK).findRandom().optional().saveAs("patient")));
    }

    private static ChainBuilder searchAndOpenAChart() {
        return feed(listFeeder(searches()).circular())
                .exec(http(named("patient search")).post("/patients/search").header("HX-Request", "true")
                        .formParam("query", "#{query}").formParam("_csrf", "#{csrf}")
                        .check(status().is(200), regex(PATIENT_LINK).findRandom().optional().saveAs("patient")))
                .pause(THINK)
                .doIf(session -> session.contains("patient")).then(
                        exec(http(named("patient chart")).get("/patients/#{patient}").check(status().is(200))));
    }

    private static ChainBuilder feed(io.gatling.javaapi.core.FeederBuilder<Object> feeder) {
        return exec(io.gatling.javaapi.core.CoreDsl.feed(feeder));
    }

    private ScenarioBuilder clinicians(LoadSetup.Prepared day) {
        LocalDate today = LocalDate.now();
        Map<String, List<String>> note = LoadSetup.dailyNote(today);
        return scenario("Clinicians").exec(io.gatling.javaapi.core.CoreDsl.feed(listFeeder(rows(day.clinicians())).queue()))
                .exec(phase()).exec(signIn())
                .exec(during(DAY).on(
                        exec(phase()).exec(patientList()).pause(THINK)
                                .exec(http(named("worklist")).get("/compliance").check(status().is(200))).pause(THINK)
                                .exec(searchAndOpenAChart()).pause(THINK)
                                .exec(http(named("episode")).get("/episodes/#{episode}").check(status().is(200))).pause(THINK)
                                .exec(http(named("exam page")).get("/episodes/#{episode}/exam").check(status().is(200)))
                                .pause(THINK)
                                .exec(http(named("start daily note")).post("/episodes/#{episode}/notes")
                                        .formParam("kind", "DAILY_NOTE").formParam("_csrf", "#{csrf}")
                                        .check(status().is(302),
                                                headerRegex("Location", "/notes/([0-9a-f-]{36})").saveAs("note")))
                                .exec(http(named("daily note page")).get("/notes/#{note}").check(status().is(200)))
                                .pause(THINK)
                                // The live units: htmx posts the form as the therapist types each service.
                                .exec(liveUnits(note, 1)).pause(THINK)
                                .exec(liveUnits(note, 2)).pause(THINK)
                                .exec(http(named("save daily note")).post("/notes/#{note}").formParamMap(form(note, 2, "save"))
                                        .check(status().is(200))).pause(THINK)
                                .exec(http(named("sign daily note")).post("/notes/#{note}").formParamMap(form(note, 2, "sign"))
                                        .check(status().is(302)))
                                .exec(http(named("note PDF")).get("/notes/#{note}/pdf").check(status().is(200),
                                        header("Content-Type").is("application/pdf")))
                                .pause(THINK)));
    }

    private static ChainBuilder liveUnits(Map<String, List<String>> note, int services) {
        return exec(http(named("live units")).post("/notes/#{note}/coding").header("HX-Request", "true")
                .formParamMap(form(note, services, null)).check(status().is(200),
                        regex("timed unit")));
    }

    /**
     * The note as typed so far: the first {@code services} services, marked as a separate session (the day's first
     * note of the episode was signed in the setup), with the CSRF token and the button pressed.
     */
    static Map<String, Object> form(Map<String, List<String>> note, int services, String action) {
        Map<String, Object> form = new LinkedHashMap<>();
        note.forEach((name, values) -> {
            boolean service = name.matches("i\\d+\\..*");
            if (!service || Integer.parseInt(name.substring(1, name.indexOf('.'))) < services) {
                form.put(name, values.get(0));
            }
        });
        form.put("separateSession", "on");
        form.put("separateSessionReason", "Second session of the day: load test");
        form.put("_csrf", "#{csrf}");
        if (action != null) {
            form.put("action", action);
        }
        return form;
    }

    private ScenarioBuilder frontDesk(LoadSetup.Prepared day) {
        return scenario("Front desk").exec(io.gatling.javaapi.core.CoreDsl.feed(listFeeder(rows(day.frontDesk())).queue()))
                .exec(phase()).exec(signIn())
                .exec(during(DAY).on(exec(phase()).exec(patientList()).pause(THINK)
                        .exec(searchAndOpenAChart()).pause(THINK)
                        .exec(http(named("new patient page")).get("/patients/new").check(status().is(200))).pause(THINK)));
    }

    private ScenarioBuilder billers(LoadSetup.Prepared day) {
        LocalDate today = LocalDate.now();
        return scenario("Billers").exec(io.gatling.javaapi.core.CoreDsl.feed(listFeeder(rows(day.billers())).queue()))
                .exec(phase()).exec(signIn())
                .exec(during(DAY).on(exec(phase()).exec(http(named("claims page")).get("/billing/claims").check(status().is(200)))
                        .pause(THINK)
                        .exec(http(named("claims preview")).get("/billing/claims?from=" + today.withDayOfMonth(1) + "&to=" + today)
                                .check(status().is(200))).pause(THINK.multipliedBy(3))));
    }

    private ScenarioBuilder portal(LoadSetup.Prepared day) {
        List<Map<String, Object>> links = day.portalLinks().stream().map(l -> Map.<String, Object>of("link", l)).toList();
        return scenario("Patients").exec(io.gatling.javaapi.core.CoreDsl.feed(listFeeder(links).circular()))
                .exec(during(DAY).on(exec(phase()).exec(http(named("portal")).get("#{link}").check(status().is(200)))
                        .pause(THINK.multipliedBy(20))));
    }
}
