package org.rhomboid.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.rhomboid.account.StaffAccounts;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input never answers 5xx. Replays the regression corpus ({@code src/test/resources/fuzz/}, one JSON file per
 * request that once failed or guards a rule), then sends a bounded number of generated requests from a fixed seed:
 * JSON bodies for every operation of the OpenAPI description, and form posts for every form the pages show (and
 * every mapped form route), each as a role the route serves, in two clinics — one still being evaluated, one in
 * treatment — so both sides of the evaluation's signature are reached. A 5xx, or a claim file holding a control
 * character or a split segment, fails the build; each such request is written to {@code target/fuzz-findings/} in
 * the corpus's format, ready to be added to it once fixed.
 *
 * <p>Longer runs: {@code ./mvnw -B verify -Pfuzz -Dfuzz.requests=20000 -Dfuzz.seed=$RANDOM} (docs/security.md).
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FuzzIT {

    /** Fixed for CI, so a failure repeats; {@code -Dfuzz.seed=random} for a new one (printed, to repeat it). */
    private static final long SEED = seed(System.getProperty("fuzz.seed", "150005"));
    /** Generated requests per test (API, forms); the corpus comes on top. About a minute for both on CI. */
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 900);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Signing in is fuzzed by its corpus cases only: sign-in throttling counts failed attempts per address, and
     * hundreds from this one would slow every other test's sign-in.
     */
    private static final Set<String> SIGN_IN = Set.of("POST /login", "POST /api/v1/auth/token");
    /** Renewing or revoking a patient's link closes the link the fuzz posts through; they take no typed input. */
    private static final Set<String> LINK_RENEWALS = Set.of(
            "POST /episodes/{episodeId}/intake-link", "POST /episodes/{episodeId}/measures-link",
            "POST /episodes/{episodeId}/portal-link", "POST /episodes/{episodeId}/portal-link/revoke");
    /** Pages that are files (PDFs, CSV, images, claim files): no forms in them, and slow to make. */
    private static final Pattern DOWNLOADS =
            Pattern.compile("pdf|/file|download|photos|csv|handout");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    List<FuzzFixture> fixtures;
    Routes routes;
    JsonNode openApi;
    List<FuzzCase> corpus;
    /** Form posts by route ("POST /patients/{patientId}"): what the pages offer. */
    final Map<String, List<FormCatalog.Form>> forms = new LinkedHashMap<>();
    final List<String> findings = new ArrayList<>();

    @BeforeAll
    void setUp() throws IOException {
        fixtures = List.of(new FuzzFixture(port, clinics, accounts, owner, "Fuzzwell", false),
                new FuzzFixture(port, clinics, accounts, owner, "Fuzzby", true));
        routes = new Routes(mappings);
        openApi = JSON.readTree(fixtures.get(0).clients.get(FuzzCase.ANONYMOUS).get("/v3/api-docs").body());
        corpus = corpus();
        readForms();
    }

    @Test
    @Order(1)
    void theRegressionCorpusNeverAnswers5xx() {
        assertThat(corpus).as("the regression corpus").hasSizeGreaterThan(10);
        for (FuzzCase request : corpus) {
            for (FuzzFixture fixture : fixtures) {
                send(fixture, request);
            }
        }
        assertNoFindings();
    }

    @Test
    @Order(2)
    void everyJsonEndpointSurvivesGeneratedBodies() {
        Random random = new Random(SEED);
        JsonBodies bodies = new JsonBodies(openApi);
        List<FuzzCase> operations = operations(bodies, random);
        assertThat(operations).extracting(FuzzCase::key).contains("POST /api/v1/billing/claims/837p",
                "POST /api/v1/patients", "PUT /api/v1/patients/{patientId}", "POST /api/v1/screening/triage");
        for (int i = 0; i < REQUESTS; i++) {
            FuzzCase operation = operations.get(random.nextInt(operations.size()));
            FuzzCase request = operation;
            if (operation.body() != null) {
                List<FuzzCase> seeds = corpus.stream().filter(c -> c.key().equals(operation.key()) && !c.isForm()
                        && c.body() != null && c.body().startsWith("{")).toList();
                FuzzCase base = seeds.isEmpty() || random.nextBoolean() ? operation
                        : seeds.get(random.nextInt(seeds.size()));
                request = bodies.spoil(base, JSON.readTree(base.body()), random);
            }
            send(fixtures.get(random.nextInt(fixtures.size())), asRole(request, random));
        }
        assertNoFindings();
    }

    @Test
    @Order(3)
    void everyFormSurvivesGeneratedPosts() {
        Random random = new Random(SEED + 1);
        List<Routes.Route> formRoutes = routes.all().stream().filter(r -> !r.api() && !r.method().equals("GET"))
                .toList();
        List<String> targets = new ArrayList<>(forms.keySet());
        formRoutes.stream().map(Routes.Route::key).filter(key -> !targets.contains(key)).forEach(targets::add);
        targets.removeAll(LINK_RENEWALS);
        assertThat(targets).contains("POST /intake/{token}/draft", "POST /patients/{patientId}", "POST /admin/staff",
                "POST /login", "POST /episodes/{episodeId}/exam", "GET /admin/audit");
        targets.removeAll(SIGN_IN);
        for (int i = 0; i < REQUESTS; i++) {
            String target = targets.get(random.nextInt(targets.size()));
            String method = target.substring(0, target.indexOf(' '));
            String pattern = target.substring(target.indexOf(' ') + 1);
            List<FormCatalog.Form> shown = forms.getOrDefault(target, List.of());
            Map<String, List<String>> fields;
            boolean multipart = false;
            Set<String> text = Set.of();
            if (!shown.isEmpty()) {
                FormCatalog.Form form = shown.get(random.nextInt(shown.size()));
                fields = FormBodies.fromPage(form, random);
                multipart = form.multipart();
                text = form.textFields();
            } else {
                Routes.Route route = routes.matching(method, pattern.replaceAll("\\{\\w+}", "x"));
                fields = route == null ? new LinkedHashMap<>() : FormBodies.fromHandler(route.handler(), random);
            }
            String what = FormBodies.spoil(fields, text, random);
            FuzzCase request = new FuzzCase("generated form: " + what, method, pattern, null,
                    multipart ? FuzzCase.MULTIPART : FuzzCase.FORM, null, fields);
            send(fixtures.get(random.nextInt(fixtures.size())), asRole(request, random));
        }
        assertNoFindings();
    }

    private static long seed(String given) {
        long seed = given.equals("random") ? System.nanoTime() : Long.parseLong(given);
        System.out.println("Fuzzing with -Dfuzz.seed=" + seed);
        return seed;
    }

    /** One case per API operation, with a plausible body where it takes one; the token endpoint is left out. */
    private List<FuzzCase> operations(JsonBodies bodies, Random random) {
        List<FuzzCase> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                // Signing in: see SIGN_IN; revoking its own token would also sign the role out of the run.
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)
                        || path.getKey().equals("/api/v1/auth/token")) {
                    continue;
                }
                JsonNode schema = operation.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                String body = schema.isMissingNode() ? null
                        : JSON.writeValueAsString(bodies.plausible(schema, random, 0));
                operations.add(new FuzzCase("generated from the OpenAPI description", method, path.getKey(), null,
                        body == null ? null : "application/json", body, null));
            }
        }
        return operations;
    }

    /** A role the route serves (so the request gets past the role check to the input), chosen at random. */
    private FuzzCase asRole(FuzzCase request, Random random) {
        Routes.Route route = routes.matching(request.method(), request.route().replaceAll("\\{\\w+}", "x"));
        List<String> roles = route == null ? List.of(FuzzCase.ANONYMOUS) : route.roles();
        return new FuzzCase(request.name(), request.method(), request.route(), roles.get(random.nextInt(roles.size())),
                request.contentType(), request.body(), request.form());
    }

    private void send(FuzzFixture fixture, FuzzCase request) {
        String path = fixture.fill(request.route());
        if (request.isForm() && request.method().equals("GET")) {
            path += "?" + FuzzClient.encode(request.form());
            request = new FuzzCase(request.name(), "GET", request.route(), request.role(), null, null, null);
        }
        FuzzClient client = fixture.clients.get(request.role() == null ? FuzzCase.ANONYMOUS : request.role());
        FuzzClient.Answer answer = client.send(request, path);
        String problem = null;
        if (answer.status() >= 500) {
            problem = "answered " + answer.status();
        } else if (answer.status() == 200 && answer.contentType().startsWith("application/edi-x12")) {
            problem = ClaimFileCheck.problem(answer.body());
        }
        if (problem != null) {
            record(request, problem);
        }
    }

    private void record(FuzzCase request, String problem) {
        String finding = request.key() + " as " + request.role() + " " + problem + " (" + request.name() + ")";
        findings.add(finding.length() > 300 ? finding.substring(0, 300) + "…" : finding);
        try {
            Path folder = Path.of("target", "fuzz-findings");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("finding-" + findings.size() + ".json"), request.toJson());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertNoFindings() {
        List<String> found = List.copyOf(findings);
        findings.clear();
        assertThat(found).as("requests answered 5xx or wrote a broken claim file (see target/fuzz-findings)")
                .isEmpty();
    }

    private static List<FuzzCase> corpus() throws IOException {
        List<FuzzCase> cases = new ArrayList<>();
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:fuzz/**/*.json");
        java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
        for (Resource file : files) {
            try (InputStream in = file.getInputStream()) {
                cases.add(FuzzCase.fromJson(JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
            }
        }
        return cases;
    }

    /** Reads the forms of every page each fixture can show, as a role allowed to see it, and the patients' links. */
    private void readForms() {
        FormCatalog catalog = new FormCatalog();
        for (FuzzFixture fixture : fixtures) {
            FuzzClient patient = fixture.clients.get(FuzzCase.ANONYMOUS);
            fixture.linkPages().forEach(link -> catalog.read(patient.get(link).body()));
            catalog.read(FuzzClient.anonymous(port).get("/login").body());
            for (Routes.Route route : routes.all()) {
                if (route.method().equals("GET") && !route.api() && !route.roles().contains(FuzzCase.ANONYMOUS)
                        && !DOWNLOADS.matcher(route.pattern()).find()) {
                    // The therapist sees the most forms (signing, acknowledging); others where the page is theirs.
                    String role = route.roles().contains("PT") ? "PT" : route.roles().get(0);
                    FuzzClient.Answer page = fixture.clients.get(role).get(fixture.fill(route.pattern()));
                    if (page.contentType().startsWith("text/html")) {
                        catalog.read(page.body());
                    }
                }
            }
        }
        for (FormCatalog.Form form : catalog.all()) {
            Routes.Route route = routes.matching(form.method(), form.action());
            String key = route == null ? form.method() + " " + form.action() : route.key();
            if (!key.startsWith(form.method() + " /api/")) {
                forms.computeIfAbsent(key, k -> new ArrayList<>()).add(form);
            }
        }
    }
}
