package org.rhomboid.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.rhomboid.account.Role.BILLER;
import static org.rhomboid.account.Role.CLINIC_ADMIN;
import static org.rhomboid.account.Role.FRONT_DESK;
import static org.rhomboid.account.Role.PT;
import static org.rhomboid.account.Role.PTA;

import java.lang.reflect.AnnotatedElement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffAccounts;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SampleClaims;
import org.rhomboid.support.StoredNotes;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role rule, route by route: every route the application maps (pages and API, with and without ids) is tried by
 * each role (PT, PTA, front desk, biller, clinic administrator) with ids of their own clinic, so only the role
 * decides. Who may is written in {@link WhoMay}, one line per route, independently of the code: a route missing
 * from it fails until it is decided there. Pages the front desk may open must show none of the clinical content
 * seeded in the clinic.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleAccessIT {

    /** Clinical content seeded in the clinic that no page the front desk opens may show. */
    private static final String INTAKE_GOAL = "Paint the Quennell lighthouse again";
    private static final String ALLERGY = "Quennell kiwi allergy";
    private static final String CONCERN = "Vertebral fracture";
    private static final String NARRATIVE = "Quennell stiffness between the blades";
    private static final List<String> CLINICAL_MARKERS = List.of(INTAKE_GOAL, ALLERGY, CONCERN, NARRATIVE);

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final Pattern SCREENING = Pattern.compile("/screenings/([0-9a-f-]{36})/acknowledgements");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    @Qualifier("migrationDataSource")
    javax.sql.DataSource owner;

    TestClinics.Clinic clinic;
    /** Who signs in for each role: the test clinic's administrator is also a PT, so a pure administrator is added. */
    final Map<Role, String> emails = new EnumMap<>(Role.class);
    UUID spareUser;
    UUID screeningId;
    UUID goal = UUID.randomUUID();
    UUID photo = UUID.randomUUID();
    UUID note;
    UUID batch = UUID.randomUUID();
    UUID document = UUID.randomUUID();
    UUID appointment = UUID.randomUUID();
    String exercise = "c-quennell-wall-press";

    @BeforeAll
    void clinicWithClinicalContent() {
        clinic = clinics.create("Quennell");
        for (Role role : Role.values()) {
            emails.put(role, clinic.user(role).email());
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ClinicScope.runAs(clinic.id(), () -> {
            emails.put(CLINIC_ADMIN, accounts.create("admin-only-" + suffix + "@test.rhomboid.org", "Admin only",
                    TestClinics.PASSWORD, Set.of(CLINIC_ADMIN), null).email());
            spareUser = accounts.create("spare-" + suffix + "@test.rhomboid.org", "Spare PTA", TestClinics.PASSWORD,
                    Set.of(PTA), null).id();
        });
        String episode = "/episodes/" + clinic.episode().id();
        WebSession therapist = WebSession.signIn(port, clinic.user(PT).email(), TestClinics.PASSWORD);
        Map<String, List<String>> intake = CompleteIntake.fields();
        intake.put("comorbidity", List.of("OSTEOPOROSIS"));
        intake.put("flag.MINOR_TRAUMA", List.of("yes"));
        intake.put("goals", List.of(INTAKE_GOAL));
        intake.remove("noKnownAllergies");
        intake.put("allergies", List.of(ALLERGY));
        IntakeLinks.complete(port, WebSession.signIn(port, clinic.user(FRONT_DESK).email(), TestClinics.PASSWORD),
                episode, intake);
        assertThat(therapist.post(episode + "/assessment", Map.of("classification", "HYPERKYPHOSIS",
                "prognosis", "GOOD", "presentation", "STABLE", "decisionMaking", "LOW", "personalFactors", "0",
                "narrative", NARRATIVE), episode + "/evaluation").status()).isEqualTo(302);
        Matcher screening = SCREENING.matcher(therapist.get(episode).body());
        assertThat(screening.find()).as("the intake raised a concern to acknowledge").isTrue();
        screeningId = UUID.fromString(screening.group(1));

        JdbcClient db = JdbcClient.create(owner);
        db.sql("insert into goal (id, clinic_id, episode_id, activity, instrument, baseline, target, deadline,"
                        + " participation, relevant_to, term, created_by) values (:id, :clinic, :episode, 'sit', 'NPRS',"
                        + " 7, 3, current_date + 30, 'work', 'Swimming', 'LONG_TERM', :by)")
                .param("id", goal).param("clinic", clinic.id()).param("episode", clinic.episode().id())
                .param("by", clinic.user(PT).id()).update();
        db.sql("insert into posture_photo (id, clinic_id, episode_id, content_type, width, height, bytes, uploaded_by)"
                        + " values (:id, :clinic, :episode, 'image/png', 600, 800, :bytes, :by)")
                .param("id", photo).param("clinic", clinic.id()).param("episode", clinic.episode().id())
                .param("bytes", org.rhomboid.support.TestImages.posturePhoto(600, 800))
                .param("by", clinic.user(PT).id()).update();
        note = StoredNotes.insert(owner, clinic, PTA, "AWAITING_COSIGN", LocalDate.now(), 0);
        db.sql("insert into clinic_exercise (clinic_id, code, name, category, purpose, steps, dosage, cautions,"
                        + " start_pose, end_pose, created_by) values (:clinic, :code, 'Quennell wall press', 'STRENGTH',"
                        + " 'Strength', '{\"Push\"}', 'sets=1 reps=10 times=1 days=7', '{\"Stop if sore\"}',"
                        + " 'x=120 y=96 trunk=90', 'x=120 y=96 trunk=90 shoulder=90 shoulder2=90', :by)")
                .param("clinic", clinic.id()).param("code", exercise).param("by", clinic.user(PT).id()).update();
        db.sql("insert into claim_batch (id, clinic_id, number, control_number, from_date, to_date, created_by,"
                        + " created_by_name, claim_count, held_count, total_charge, usage, file) values (:id, :clinic, 1,"
                        + " 1, current_date, current_date, :by, 'Biller', 1, 0, 171, 'T', 'NM1*IL*1*Quennell~')")
                .param("id", batch).param("clinic", clinic.id()).param("by", clinic.user(BILLER).id()).update();
        // An imaging report the therapist filed: the front desk may use the documents' routes, but not see this one.
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        db.sql("insert into outside_document (id, clinic_id, patient_id, episode_id, kind, document_date, note,"
                        + " file_name, content_type, size_bytes, bytes, sha256, uploaded_by, uploaded_by_name)"
                        + " values (:id, :clinic, :patient, :episode, 'IMAGING_REPORT', current_date, 'MRI T-spine',"
                        + " 'mri.pdf', 'application/pdf', :size, :bytes, repeat('0', 64), :by, 'PT')")
                .param("id", document).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("episode", clinic.episode().id()).param("size", pdf.length).param("bytes", pdf)
                .param("by", clinic.user(PT).id()).update();
        db.sql("insert into appointment (id, clinic_id, patient_id, therapist_id, type, starts_at, ends_at, booked_by)"
                        + " values (:id, :clinic, :patient, :pt, 'TREATMENT', now() + interval '2 days',"
                        + " now() + interval '2 days 45 minutes', :pt)")
                .param("id", appointment).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("pt", clinic.user(PT).id()).update();
    }

    record Route(String method, String pattern, String produces) {
        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean read() {
            return method.equals("GET");
        }

        String key() {
            return method + " " + pattern;
        }
    }

    @Test
    void everyRouteAnswersEachRoleAsTheRuleSays() {
        List<Route> routes = routes();
        List<String> undecided = routes.stream().map(Route::key).filter(key -> !WhoMay.ROUTES.containsKey(key)).toList();
        assertThat(undecided).as("teach WhoMay who may use these routes").isEmpty();

        Map<Role, WebSession> web = new EnumMap<>(Role.class);
        Map<Role, ApiClient> api = new EnumMap<>(Role.class);
        Map<Role, String> csrf = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            web.put(role, WebSession.signIn(port, emails.get(role), TestClinics.PASSWORD));
            api.put(role, ApiClient.signedIn(port, emails.get(role), TestClinics.PASSWORD));
            csrf.put(role, WebSession.csrfFrom(web.get(role).get("/patients").body()));
        }
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            Set<Role> allowed = WhoMay.ROUTES.get(route.key());
            if (allowed == WhoMay.OPEN) {
                continue;
            }
            String path = fill(route.pattern());
            for (Role role : Role.values()) {
                int status;
                String body;
                String contentType = "";
                if (route.api()) {
                    ApiClient.Response response = route.produces() == null
                            ? api.get(role).send(route.method(), path, bodyFor(route))
                            : api.get(role).postAccepting(path, bodyFor(route), route.produces());
                    status = response.status();
                    body = response.body();
                    contentType = response.contentType();
                } else {
                    WebSession.Page page = route.read() ? web.get(role).get(path)
                            : web.get(role).postRaw(path, withCsrf(formFor(route), csrf.get(role)));
                    status = page.status();
                    body = page.body();
                }
                String what = route.key() + " as " + role;
                if (allowed.contains(role)) {
                    if (status == 403 || status >= 500) {
                        failures.add(what + " answered " + status + ", expected it allowed");
                    }
                    if (role == FRONT_DESK && route.read() && body != null) {
                        CLINICAL_MARKERS.stream().filter(body::contains)
                                .forEach(marker -> failures.add(what + " showed clinical content: " + marker));
                    }
                } else if (status != 403) {
                    failures.add(what + " answered " + status + ", expected 403");
                } else if (route.api() && !contentType.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                    failures.add(what + " answered 403 as " + contentType + ", expected problem+json");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theMarkersAreThereForThoseWhoReadClinicalRecords() {
        WebSession therapist = WebSession.signIn(port, clinic.user(PT).email(), TestClinics.PASSWORD);
        String episode = "/episodes/" + clinic.episode().id();
        assertThat(therapist.get(episode).body()).contains(INTAKE_GOAL, ALLERGY, CONCERN);
        assertThat(therapist.get(episode + "/evaluation").body()).contains(NARRATIVE);
        assertThat(therapist.get("/patients/" + clinic.patient().id()).body()).contains(CONCERN);
    }

    @Test
    void theFrontDeskSeesTheEpisodeAndTheIntakesStatusWithoutLinksToClinicalPages() {
        WebSession frontDesk = WebSession.signIn(port, clinic.user(FRONT_DESK).email(), TestClinics.PASSWORD);
        String episode = "/episodes/" + clinic.episode().id();
        String page = frontDesk.get(episode).body();
        assertThat(page).contains("Quennell").contains("Submitted ")
                .doesNotContain(episode + "/evaluation", episode + "/notes", episode + "/outcomes", episode + "/hep",
                        "Screening history", "Concerns", "Confirmed findings");
        String chart = frontDesk.get("/patients/" + clinic.patient().id()).body();
        assertThat(chart).contains("Episode and intake").doesNotContain("Open screening");
        assertThat(chart).as("navigation only to pages the front desk may open")
                .doesNotContain("href=\"/compliance\"", "href=\"/dashboard/outcomes\"", "href=\"/exercises\"",
                        "href=\"/billing/claims\"", "href=\"/admin/");
    }

    @Test
    void homeIsTheCaseloadForCliniciansTheScheduleForTheDeskAndThePatientsForOthers() {
        assertThat(WebSession.signIn(port, clinic.user(PT).email(), TestClinics.PASSWORD).get("/").location())
                .endsWith("/today");
        assertThat(WebSession.signIn(port, clinic.user(PTA).email(), TestClinics.PASSWORD).get("/").location())
                .endsWith("/today");
        assertThat(WebSession.signIn(port, clinic.user(FRONT_DESK).email(), TestClinics.PASSWORD).get("/").location())
                .endsWith("/schedule");
        assertThat(WebSession.signIn(port, clinic.user(BILLER).email(), TestClinics.PASSWORD).get("/").location())
                .endsWith("/patients");
        assertThat(WebSession.signIn(port, emails.get(CLINIC_ADMIN), TestClinics.PASSWORD).get("/").location())
                .endsWith("/patients");
    }

    @Test
    void theFrontDeskSeesTodaysAppointmentsButNothingClinicalAndTheBillerIsSentAway() {
        JdbcClient.create(owner).sql("insert into appointment (id, clinic_id, patient_id, episode_id, therapist_id,"
                        + " type, starts_at, ends_at, booked_by) values (:id, :clinic, :patient, :episode, :pt,"
                        + " 'TREATMENT', now(), now() + interval '30 minutes', :pt) on conflict do nothing")
                .param("id", UUID.nameUUIDFromBytes(("today" + clinic.id()).getBytes()))
                .param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("episode", clinic.episode().id()).param("pt", clinic.user(PTA).id()).update();
        String desk = WebSession.signIn(port, clinic.user(FRONT_DESK).email(), TestClinics.PASSWORD).get("/today")
                .body();
        assertThat(desk).contains("Quennell", "Check in").doesNotContain("Open the note", "Nothing due");
        CLINICAL_MARKERS.forEach(marker -> assertThat(desk).doesNotContain(marker));
        String pt = WebSession.signIn(port, clinic.user(PT).email(), TestClinics.PASSWORD)
                .get("/today?scope=clinic").body();
        assertThat(pt).contains("Quennell", "Open the note", "href=\"/today\"");
        assertThat(WebSession.signIn(port, clinic.user(BILLER).email(), TestClinics.PASSWORD).get("/today").status())
                .isEqualTo(403);
        assertThat(WebSession.signIn(port, clinic.user(BILLER).email(), TestClinics.PASSWORD).get("/patients").body())
                .doesNotContain("href=\"/today\"");
    }

    /** Every route names its rule through one of the access annotations, never a bare expression. */
    @Test
    void everyRouteNamesItsRule() {
        List<String> unnamed = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!ours(handler)) {
                return;
            }
            Rule onMethod = ruleOf(handler.getMethod());
            Rule onClass = ruleOf(handler.getBeanType());
            if (onMethod == Rule.BARE || onClass == Rule.BARE
                    || onMethod == Rule.NONE && onClass == Rule.NONE) {
                unnamed.add(handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName());
            }
        });
        assertThat(unnamed).as("routes without an access annotation (org.rhomboid.account.access)").isEmpty();
    }

    private enum Rule { NONE, BARE, NAMED }

    /** Rhomboid's routes; the OpenAPI description (springdoc) is public and served by the library. */
    private static boolean ours(HandlerMethod handler) {
        return handler.getBeanType().getPackageName().startsWith("org.rhomboid");
    }

    /** A bare {@code @PreAuthorize("…")}, an annotation that carries one (the rule named), or none. */
    private static Rule ruleOf(AnnotatedElement element) {
        if (element.isAnnotationPresent(PreAuthorize.class)) {
            return Rule.BARE;
        }
        return AnnotatedElementUtils.hasAnnotation(element, PreAuthorize.class) ? Rule.NAMED : Rule.NONE;
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!ours(mapping.getValue())) {
                continue;
            }
            RequestMappingInfo info = mapping.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            String produces = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .map(MediaType::toString).findFirst().orElse(null);
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add(new Route("GET", pattern, produces));
                }
                methods.forEach(method -> routes.add(new Route(method.name(), pattern, produces)));
            }
        }
        // Reads first, so writes can't change what they show; revoking one's own token last.
        routes.sort(Comparator.comparing((Route r) -> r.key().equals("DELETE /api/v1/auth/token"))
                .thenComparing(r -> !r.read()).thenComparing(Route::key));
        return routes.stream().distinct().toList();
    }

    private String fill(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String id = switch (matcher.group(1)) {
                case "patientId" -> clinic.patient().id().toString();
                case "episodeId" -> clinic.episode().id().toString();
                case "userId" -> spareUser.toString();
                case "screeningId" -> screeningId.toString();
                case "goalId" -> goal.toString();
                case "photoId" -> photo.toString();
                case "noteId" -> note.toString();
                case "batchId" -> batch.toString();
                case "claimId" -> "ZZNOSUCHCLAIM1";
                case "documentId" -> document.toString();
                case "appointmentId" -> appointment.toString();
                case "kind" -> "plan-of-care";
                // No such record: allowed roles get 404 (past the role check), the others 403.
                case "authorizationId", "limitId", "payerId", "coverageId", "denialId", "itemId",
                     "paymentId", "referralId" ->
                        "00000000-0000-0000-0000-00000000a0a0";
                case "code" -> pattern.startsWith("/api/v1/codes/") ? "M54.6" : exercise;
                default -> fail("Unknown path variable {" + matcher.group(1) + "} in " + pattern
                        + ": teach RoleAccessIT which id of the clinic to use");
            };
            matcher.appendReplacement(path, id);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /**
     * Forms that get past binding to the role check (required parameters); every other write is posted empty and
     * fails validation after it, so allowed roles change nothing that matters here.
     */
    private Map<String, String> formFor(Route route) {
        return switch (route.key()) {
            case "POST /screenings/{screeningId}/acknowledgements" -> Map.of("episodeId",
                    clinic.episode().id().toString(), "condition", "VERTEBRAL_FRACTURE", "note", "");
            case "POST /admin/staff/{userId}/active" -> Map.of("active", "true");
            // Posted empty, the roles and password forms change nothing (no role chosen, no password).
            default -> Map.of();
        };
    }

    private static Map<String, String> withCsrf(Map<String, String> form, String token) {
        Map<String, String> posted = new LinkedHashMap<>(form);
        posted.put("_csrf", token);
        return posted;
    }

    /**
     * API bodies: valid where a role may be refused, because request bodies are read and validated before the role
     * is checked; the rest are empty and refused as invalid input by those allowed.
     */
    private String bodyFor(Route route) {
        if (route.read() || route.method().equals("DELETE")) {
            return null;
        }
        return switch (route.key()) {
            case "POST /api/v1/patients/{patientId}/episodes", "PUT /api/v1/episodes/{episodeId}" -> """
                    {"bodyRegion":"THORACIC","onsetDate":"%s","mechanism":"INSIDIOUS","status":"OPEN",
                     "treatingTherapistId":"%s"}""".formatted(LocalDate.now().minusWeeks(3), clinic.user(PT).id());
            case "POST /api/v1/billing/claims/837p", "POST /api/v1/billing/claims/summary" -> SampleClaims.ONE_VISIT;
            default -> "{}";
        };
    }
}
