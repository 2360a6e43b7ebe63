package org.rhomboid.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every route the application maps that takes an id, as a user of clinic A holding clinic B's ids.
 * Each must answer 404 and reveal nothing. A new route with an id is covered automatically; one whose
 * path variable or body this test does not know fails until it is added here.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossClinicAccessIT {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final Set<String> REFERENCE_DATA = Set.of("/api/v1/codes/icd10/{code}");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    @Qualifier("migrationDataSource")
    javax.sql.DataSource ownerDataSource;

    TestClinics.Clinic a;
    TestClinics.Clinic b;

    @Autowired
    ScreeningService screening;

    UUID bScreening;
    UUID bGoal = UUID.randomUUID();
    UUID bPhoto = UUID.randomUUID();
    UUID bNote;
    UUID bBatch = UUID.randomUUID();
    String bClaim = "ZEBCLAIM0001";
    UUID bDocument = UUID.randomUUID();
    UUID bAppointment = UUID.randomUUID();
    UUID bAuthorization = UUID.randomUUID();
    UUID bLimit = UUID.randomUUID();
    UUID bPayer = UUID.randomUUID();
    UUID bCoverage = UUID.randomUUID();
    UUID aPayer = UUID.randomUUID();
    UUID bRemittance = UUID.randomUUID();
    /** Clinic B's denied claim payment whose claim ID matched nothing: a denial, and an item to match by hand. */
    UUID bRemittanceClaim = UUID.randomUUID();
    UUID bPayment = UUID.randomUUID();
    /** Clinic B's incoming referral, waiting in its referral inbox. */
    UUID bReferral = UUID.randomUUID();
    String bExercise = "c-zebulonsky-wall-press";

    @BeforeAll
    void clinics() {
        a = clinics.create("Ashworth");
        b = clinics.create("Zebulonsky");
        bScreening = ClinicScope.callAs(b.id(), () -> screening.recordExamFindings(b.episode().id(),
                EnumSet.of(Finding.FEVER))).id();
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        owner.sql("insert into goal (id, clinic_id, episode_id, activity, instrument, baseline, target, deadline,"
                        + " participation, relevant_to, term, created_by) values (:id, :clinic, :episode, 'sit', 'NPRS',"
                        + " 7, 3, current_date + 30, 'work', 'Swimming', 'LONG_TERM', :by)")
                .param("id", bGoal).param("clinic", b.id()).param("episode", b.episode().id())
                .param("by", b.user(Role.PT).id()).update();
        owner.sql("insert into posture_photo (id, clinic_id, episode_id, content_type, width, height, bytes, uploaded_by)"
                        + " values (:id, :clinic, :episode, 'image/png', 600, 800, :bytes, :by)")
                .param("id", bPhoto).param("clinic", b.id()).param("episode", b.episode().id())
                .param("bytes", org.rhomboid.support.TestImages.posturePhoto(600, 800))
                .param("by", b.user(Role.PT).id()).update();
        bNote = org.rhomboid.support.StoredNotes.insert(ownerDataSource, b, Role.PTA, "AWAITING_COSIGN",
                java.time.LocalDate.now(), 0);
        owner.sql("insert into clinic_exercise (clinic_id, code, name, category, purpose, steps, dosage, cautions,"
                        + " start_pose, end_pose, created_by) values (:clinic, :code, 'Zebulonsky wall press', 'STRENGTH',"
                        + " 'Strength', '{\"Push\"}', 'sets=1 reps=10 times=1 days=7', '{\"Stop if sore\"}',"
                        + " 'x=120 y=96 trunk=90', 'x=120 y=96 trunk=90 shoulder=90 shoulder2=90', :by)")
                .param("clinic", b.id()).param("code", bExercise).param("by", b.user(Role.PT).id()).update();
        owner.sql("insert into claim_batch (id, clinic_id, number, control_number, from_date, to_date, created_by,"
                        + " created_by_name, claim_count, held_count, total_charge, usage, file) values (:id, :clinic, 1,"
                        + " 1, current_date, current_date, :by, 'Biller', 1, 0, 171, 'T', 'NM1*IL*1*' || :family || '~')")
                .param("id", bBatch).param("clinic", b.id()).param("by", b.user(Role.BILLER).id())
                .param("family", b.patient().familyName()).update();
        // Clinic B's claim in that batch: its history, correction and void are B's alone.
        owner.sql("insert into claim_batch_note (note_id, clinic_id, batch_id, claim_id, total_charge)"
                        + " values (:note, :clinic, :batch, :claim, 171)")
                .param("note", bNote).param("clinic", b.id()).param("batch", bBatch).param("claim", bClaim).update();
        // Clinic B's outside document: its bytes name B's patient, so serving them to A would show.
        byte[] bDocumentBytes = org.rhomboid.support.TestDocuments.pdf("Referral for " + b.patient().familyName());
        owner.sql("insert into outside_document (id, clinic_id, patient_id, episode_id, kind, document_date, note,"
                        + " file_name, content_type, size_bytes, bytes, sha256, uploaded_by, uploaded_by_name)"
                        + " values (:id, :clinic, :patient, :episode, 'REFERRAL', current_date, 'From Dr ' || :family,"
                        + " :family || '-referral.pdf', 'application/pdf', :size, :bytes, repeat('0', 64), :by, 'Front desk')")
                .param("id", bDocument).param("clinic", b.id()).param("patient", b.patient().id())
                .param("episode", b.episode().id()).param("family", b.patient().familyName())
                .param("size", bDocumentBytes.length).param("bytes", bDocumentBytes)
                .param("by", b.user(Role.FRONT_DESK).id()).update();
        owner.sql("insert into appointment (id, clinic_id, patient_id, therapist_id, type, starts_at, ends_at, booked_by)"
                        + " values (:id, :clinic, :patient, :pt, 'TREATMENT', date_trunc('hour', now()) + interval '2 days',"
                        + " date_trunc('hour', now()) + interval '2 days 45 minutes', :pt)")
                .param("id", bAppointment).param("clinic", b.id()).param("patient", b.patient().id())
                .param("pt", b.user(Role.PT).id()).update();
        owner.sql("insert into prior_authorization (id, clinic_id, patient_id, number, payer_kind, payer_name, start_date,"
                        + " end_date, visits_allowed, created_by) values (:id, :clinic, :patient, 'PA-B1', 'COMMERCIAL',"
                        + " 'Zeb Health', current_date, current_date + 30, 6, :by)")
                .param("id", bAuthorization).param("clinic", b.id()).param("patient", b.patient().id())
                .param("by", b.user(Role.FRONT_DESK).id()).update();
        owner.sql("insert into visit_limit (id, clinic_id, patient_id, payer_kind, payer_name, year, visits_allowed,"
                        + " created_by) values (:id, :clinic, :patient, 'COMMERCIAL', 'Zeb Health',"
                        + " extract(year from current_date)::int, 20, :by)")
                .param("id", bLimit).param("clinic", b.id()).param("patient", b.patient().id())
                .param("by", b.user(Role.FRONT_DESK).id()).update();
        owner.sql("insert into payer (id, clinic_id, name, payer_id, filing_indicator, unit_method, distinct_modifier,"
                        + " medicare_rules, ncci, timely_filing_days, prior_authorization) values (:id, :clinic,"
                        + " 'Zebulonsky Mutual', 'ZEB01', 'CI', 'AMA', '59', false, true, 90, false)")
                .param("id", bPayer).param("clinic", b.id()).update();
        owner.sql("insert into payer (id, clinic_id, name, payer_id, filing_indicator, unit_method, distinct_modifier,"
                        + " medicare_rules, ncci, timely_filing_days, prior_authorization) values (:id, :clinic,"
                        + " 'Ashworth Mutual', 'ASH01', 'CI', 'AMA', '59', false, true, 90, false)")
                .param("id", aPayer).param("clinic", a.id()).update();
        owner.sql("insert into coverage (id, clinic_id, patient_id, payer_id, rank, member_id, relationship, first_day,"
                        + " created_by) values (:id, :clinic, :patient, :payer, 'PRIMARY', 'ZEB123', 'SELF',"
                        + " current_date - 30, :by)")
                .param("id", bCoverage).param("clinic", b.id()).param("patient", b.patient().id())
                .param("payer", bPayer).param("by", b.user(Role.FRONT_DESK).id()).update();
        owner.sql("insert into remittance (id, clinic_id, trace_number, payer_name, method, amount, paid_on, posted_by,"
                        + " posted_by_name, file) values (:id, :clinic, 'EFTZEB1', 'Zebulonsky Mutual', 'ACH', 0,"
                        + " current_date, :by, 'Biller', 'ISA')")
                .param("id", bRemittance).param("clinic", b.id()).param("by", b.user(Role.BILLER).id()).update();
        owner.sql("insert into remittance_claim (id, clinic_id, remittance_id, line, claim_id, status, charged, paid,"
                        + " patient_responsibility, payer_claim_control_number, matched) values (:id, :clinic,"
                        + " :remittance, 1, 'ZEBCLAIM1', '4', 171, 0, 0, 'ZEBPCN1', false)")
                .param("id", bRemittanceClaim).param("clinic", b.id()).param("remittance", bRemittance).update();
        owner.sql("insert into remittance_adjustment (id, clinic_id, remittance_claim_id, group_code, reason, amount)"
                        + " values (:id, :clinic, :claim, 'CO', '197', 171)")
                .param("id", UUID.randomUUID()).param("clinic", b.id()).param("claim", bRemittanceClaim).update();
        owner.sql("insert into patient_payment (id, clinic_id, patient_id, method, amount, received_on, recorded_by,"
                        + " recorded_by_name) values (:id, :clinic, :patient, 'CASH', 20, current_date, :by, 'Desk')")
                .param("id", bPayment).param("clinic", b.id()).param("patient", b.patient().id())
                .param("by", b.user(Role.FRONT_DESK).id()).update();
        owner.sql("insert into incoming_referral (id, clinic_id, received_by, received_by_name, source,"
                        + " service_request_json, patient_family_name, patient_given_name, patient_birth_date,"
                        + " referrer_name, reason) values (:id, :clinic, :by, 'Desk', 'FHIR', '{}', 'Zebulonsky',"
                        + " 'Rhea', '1961-03-04', 'Dr. Zed', 'Neck pain')")
                .param("id", bReferral).param("clinic", b.id()).param("by", b.user(Role.FRONT_DESK).id()).update();
    }

    record Route(String method, String pattern) {
        boolean api() {
            return pattern.startsWith("/api/");
        }

        String key() {
            return method + " " + pattern;
        }
    }

    /** Today's caseload takes a therapist's id as a parameter, not in its path: another clinic's is refused. */
    @Test
    void todaysCaseloadNeverShowsAnotherClinicsDay() {
        UUID todays = UUID.randomUUID();
        JdbcClient.create(ownerDataSource).sql("insert into appointment (id, clinic_id, patient_id, episode_id,"
                        + " therapist_id, type, starts_at, ends_at, booked_by) values (:id, :clinic, :patient, :episode,"
                        + " :pt, 'TREATMENT', now(), now() + interval '30 minutes', :pt) on conflict do nothing")
                .param("id", todays).param("clinic", b.id())
                .param("patient", b.patient().id()).param("episode", b.episode().id())
                .param("pt", b.user(Role.PT).id()).update();
        try {
            caseloadOfAnotherClinic();
        } finally {
            // Clinic B as the other tests expect to find it.
            JdbcClient.create(ownerDataSource).sql("delete from appointment where id = :id").param("id", todays)
                    .update();
        }
    }

    private void caseloadOfAnotherClinic() {
        WebSession therapist = WebSession.signIn(port, a.user(Role.PT).email(), TestClinics.PASSWORD);
        WebSession.Page colleague = therapist.get("/today?therapistId=" + b.user(Role.PT).id());
        assertThat(colleague.status()).isEqualTo(200);
        assertThat(colleague.body()).contains("choose one from the list").doesNotContain(b.patient().familyName());
        assertThat(therapist.get("/today?scope=clinic").body()).doesNotContain(b.patient().familyName());
        assertThat(WebSession.signIn(port, a.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD).get("/today")
                .body()).doesNotContain(b.patient().familyName());
    }

    @Test
    void everyRouteWithAnIdAnswers404ForAnotherClinicsIds() {
        List<Route> routes = routesWithIds();
        assertThat(routes).extracting(Route::key).contains(
                "GET /patients/{patientId}", "GET /api/v1/patients/{patientId}", "PUT /api/v1/episodes/{episodeId}");

        ApiClient api = ApiClient.signedIn(port, a.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        WebSession web = WebSession.signIn(port, a.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        // Clinical work (examination, plan, signing) is for physical therapists: they try those routes.
        WebSession therapist = WebSession.signIn(port, a.user(Role.PT).email(), TestClinics.PASSWORD);
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            String path = fill(route.pattern());
            String body = bodyFor(route);
            int status;
            String content;
            if (route.api()) {
                ApiClient.Response response = api.send(route.method(), path, body);
                status = response.status();
                content = response.body();
                if (status == 404 && !response.contentType().startsWith("application/problem+json")) {
                    failures.add(route.key() + " answered 404 without problem+json");
                }
            } else {
                WebSession.Page page = webRequest(web, route, path);
                if (page.status() == 403) {
                    page = webRequest(therapist, route, path);
                }
                status = page.status();
                content = page.body();
            }
            if (status != 404) {
                failures.add(route.key() + " answered " + status);
            }
            if (content != null && content.contains(b.patient().familyName())) {
                failures.add(route.key() + " revealed clinic B's patient");
            }
        }
        assertThat(failures).isEmpty();
        assertClinicBUntouched();
    }

    private WebSession.Page webRequest(WebSession session, Route route, String path) {
        return route.method().equals("GET") ? session.get(path) : session.post(path, formFor(route), "/patients");
    }

    private void assertClinicBUntouched() {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        assertThat(owner.sql("select version from patient where id = :id").param("id", b.patient().id())
                .query(Integer.class).single()).isZero();
        assertThat(owner.sql("select version from episode where id = :id").param("id", b.episode().id())
                .query(Integer.class).single()).isZero();
        assertThat(owner.sql("select bool_and(active) from app_user where clinic_id = :clinic").param("clinic", b.id())
                .query(Boolean.class).single()).isTrue();
        assertThat(owner.sql("select count(*) from app_user where clinic_id = :clinic and npi = '1234567893'")
                .param("clinic", b.id()).query(Integer.class).single()).isZero();
        assertThat(owner.sql("select count(*) from screening where clinic_id = :clinic").param("clinic", b.id())
                .query(Integer.class).single()).isOne();
        assertThat(owner.sql("select count(*) from intake where clinic_id = :clinic").param("clinic", b.id())
                .query(Integer.class).single()).isZero();
        assertThat(owner.sql("select count(*) from concern_acknowledgement where clinic_id = :clinic")
                .param("clinic", b.id()).query(Integer.class).single()).isZero();
        assertThat(owner.sql("select status from appointment where clinic_id = :clinic").param("clinic", b.id())
                .query(String.class).list()).containsExactly("BOOKED");
        assertThat(owner.sql("select count(*) from appointment_series where clinic_id = :clinic").param("clinic", b.id())
                .query(Integer.class).single()).isZero();
        for (String table : List.of("examination", "evaluation", "plan_of_care", "outcome_result", "plan_certification",
                "episode_start_change", "emergency_access", "patient_care_team")) {
            assertThat(owner.sql("select count(*) from " + table + " where clinic_id = :clinic").param("clinic", b.id())
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThat(owner.sql("select count(*) from goal where clinic_id = :clinic").param("clinic", b.id())
                .query(Integer.class).single()).isOne();
        assertThat(owner.sql("select count(*) from posture_photo where clinic_id = :clinic").param("clinic", b.id())
                .query(Integer.class).single()).isOne();
        assertThat(owner.sql("select status from note where clinic_id = :clinic").param("clinic", b.id())
                .query(String.class).list()).containsExactly("AWAITING_COSIGN");
        assertThat(owner.sql("select count(*) from note_addendum where clinic_id = :clinic").param("clinic", b.id())
                .query(Integer.class).single()).isZero();
        assertThat(owner.sql("select count(*) from claim_batch where clinic_id = :clinic").param("clinic", b.id())
                .query(Integer.class).single()).isOne();
        assertThat(owner.sql("select count(*) from claim_event where clinic_id = :clinic").param("clinic", b.id())
                .query(Integer.class).single()).isZero();
        for (String table : List.of("hep_program", "portal_access", "hidden_exercise")) {
            assertThat(owner.sql("select count(*) from " + table + " where clinic_id = :clinic").param("clinic", b.id())
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThat(owner.sql("select count(*) from outside_document where clinic_id = :clinic").param("clinic", b.id())
                .query(Integer.class).single()).isOne();
        for (String table : List.of("outside_document_error", "concern_clearance")) {
            assertThat(owner.sql("select count(*) from " + table + " where clinic_id = :clinic").param("clinic", b.id())
                    .query(Integer.class).single()).as(table).isZero();
        }
        assertThat(owner.sql("select count(*) from patient_payment where clinic_id = :clinic").param("clinic", b.id())
                .query(Integer.class).single()).isOne();
        assertThat(owner.sql("select count(*) from balance_adjustment where clinic_id = :clinic")
                .param("clinic", b.id()).query(Integer.class).single()).isZero();
        assertThat(owner.sql("select purpose from clinic_exercise where clinic_id = :clinic").param("clinic", b.id())
                .query(String.class).single()).isEqualTo("Strength");
    }

    private List<Route> routesWithIds() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                // Patients' intake and measures pages are reached by a secret link, not by ids (IntakeFlowIT and
                // PatientMeasuresIT cover them, HomeExerciseIT the exercise portal); code-set look-ups are public reference data of no clinic.
                if (!pattern.contains("{") || pattern.startsWith("/intake/{token}")
                        || pattern.startsWith("/measures/{token}") || pattern.startsWith("/portal/{token}")
                        || pattern.startsWith("/calendar/{token}")
                        || REFERENCE_DATA.contains(pattern)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add(new Route("GET", pattern));
                }
                methods.forEach(method -> routes.add(new Route(method.name(), pattern)));
            }
        }
        return routes;
    }

    private String fill(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String id = switch (matcher.group(1)) {
                case "patientId" -> b.patient().id().toString();
                case "episodeId" -> b.episode().id().toString();
                case "userId" -> b.user(Role.PTA).id().toString();
                case "screeningId" -> bScreening.toString();
                case "goalId" -> bGoal.toString();
                case "photoId" -> bPhoto.toString();
                case "noteId" -> bNote.toString();
                case "batchId" -> bBatch.toString();
                case "claimId" -> bClaim;
                case "documentId" -> bDocument.toString();
                case "appointmentId" -> bAppointment.toString();
                case "authorizationId" -> bAuthorization.toString();
                case "limitId" -> bLimit.toString();
                case "payerId" -> bPayer.toString();
                case "coverageId" -> bCoverage.toString();
                case "denialId", "itemId" -> bRemittanceClaim.toString();
                case "paymentId" -> bPayment.toString();
                case "referralId" -> bReferral.toString();
                // Letters to the referring provider: the episode's id decides; the kind must merely exist.
                case "kind" -> "plan-of-care";
                // Clinic B's own exercise: invisible to clinic A (built-in exercises belong to every clinic).
                case "code" -> bExercise;
                default -> fail("Unknown path variable {" + matcher.group(1) + "} in " + pattern
                        + ": teach CrossClinicAccessIT which clinic-B id to use");
            };
            matcher.appendReplacement(path, id);
        }
        matcher.appendTail(path);
        return path.toString();
    }

    /** Valid bodies, so that only the foreign id can be the reason for refusal. */
    private String bodyFor(Route route) {
        if (!route.api() || route.method().equals("GET") || route.method().equals("DELETE")) {
            return null;
        }
        String patient = """
                {"familyName":"Ashworth","givenName":"Quinn","birthDate":"1960-02-14","sex":"FEMALE",
                 "primaryPayer":"SELF_PAY"}""";
        String episode = """
                {"bodyRegion":"THORACIC","onsetDate":"2026-01-05","mechanism":"INSIDIOUS","status":"OPEN",
                 "treatingTherapistId":"%s"}""".formatted(a.user(Role.PT).id());
        return switch (route.key()) {
            case "PUT /api/v1/patients/{patientId}" -> patient;
            case "POST /api/v1/patients/{patientId}/episodes", "PUT /api/v1/episodes/{episodeId}" -> episode;
            case "POST /api/v1/appointments/{appointmentId}/status" ->
                    "{\"status\":\"CANCELLED\",\"cancelledBy\":\"CLINIC\",\"reason\":\"Closed\"}";
            case "POST /api/v1/patients/{patientId}/authorizations" -> """
                    {"number":"PA-A3","payerKind":"COMMERCIAL","payerName":"Ash Health","startDate":"%s",
                     "endDate":"%s","visitsAllowed":6}""".formatted(java.time.LocalDate.now(),
                    java.time.LocalDate.now().plusDays(30));
            case "POST /api/v1/appointments/{appointmentId}/reschedule" -> "{\"start\":\""
                    + java.time.OffsetDateTime.now().plusDays(3).withNano(0) + "\"}";
            default -> fail("No request body known for " + route.key() + ": add one to CrossClinicAccessIT");
        };
    }

    private Map<String, String> formFor(Route route) {
        Map<String, String> episode = Map.of("bodyRegion", "THORACIC", "onsetDate", "2026-01-05",
                "mechanism", "INSIDIOUS", "status", "OPEN", "treatingTherapistId", a.user(Role.PT).id().toString());
        return switch (route.key()) {
            case "POST /patients/{patientId}" -> Map.of("familyName", "Ashworth", "givenName", "Quinn",
                    "birthDate", "1960-02-14", "sex", "FEMALE", "primaryPayer", "SELF_PAY", "version", "0");
            case "POST /patients/{patientId}/episodes", "POST /episodes/{episodeId}" -> episode;
            case "POST /admin/staff/{userId}/active" -> Map.of("active", "false");
            case "POST /admin/staff/{userId}/npi" -> Map.of("npi", "1234567893");
            case "POST /admin/staff/{userId}/roles" -> Map.of("roles", "PT");
            case "POST /admin/staff/{userId}/password" -> Map.of("password", "lantern-quarry-meadow-41");
            case "POST /admin/staff/{userId}/second-factor/reset" -> Map.of();
            case "POST /episodes/{episodeId}/intake-link" -> Map.of();
            case "POST /episodes/{episodeId}/intake", "POST /episodes/{episodeId}/intake/draft" -> Map.of(
                    "action", "save", "painNow", "4", "takenBy", "PHONE", "goals", "Swim again");
            case "POST /episodes/{episodeId}/measures-link" -> Map.of("instrument", "GROC");
            case "POST /episodes/{episodeId}/notes" -> Map.of("kind", "DAILY_NOTE");
            case "POST /episodes/{episodeId}/plan/amend" -> Map.of("intervention", "THERAPEUTIC_ULTRASOUND",
                    "reason", "Add ultrasound");
            case "POST /notes/{noteId}" -> Map.of("action", "save", "painToday", "3");
            case "POST /notes/{noteId}/coding" -> Map.of("i0.code", "97110", "i0.minutes", "10");
            case "POST /notes/{noteId}/cosign", "POST /notes/{noteId}/discard" -> Map.of();
            case "POST /notes/{noteId}/addenda" -> Map.of("text", "Late entry");
            case "POST /episodes/{episodeId}/hep" -> Map.of("ex.0.code", "cat-cow", "ex.0.sets", "1", "ex.0.reps", "10",
                    "ex.0.timesPerDay", "1", "ex.0.daysPerWeek", "7");
            case "POST /episodes/{episodeId}/portal-link", "POST /episodes/{episodeId}/portal-link/revoke",
                 "POST /exercises/{code}/hide", "POST /exercises/{code}/show" -> Map.of();
            case "POST /episodes/{episodeId}/hep/handout" -> Map.of("token", "not-a-live-token");
            case "POST /episodes/{episodeId}/intake-link/mail", "POST /episodes/{episodeId}/measures-link/mail",
                 "POST /episodes/{episodeId}/portal-link/mail" -> Map.of("token", "not-a-live-token", "to", "ON_FILE");
            case "POST /exercises/{code}" -> Map.ofEntries(Map.entry("name", "Zebulonsky wall press"),
                    Map.entry("category", "STRENGTH"), Map.entry("purpose", "Renamed"), Map.entry("steps", "Push"),
                    Map.entry("cautions", "Stop"), Map.entry("sets", "1"), Map.entry("reps", "10"),
                    Map.entry("timesPerDay", "1"), Map.entry("daysPerWeek", "7"),
                    Map.entry("startPose", "x=120 y=96 trunk=90"),
                    Map.entry("endPose", "x=120 y=96 trunk=90 shoulder=90"));
            case "POST /patients/{patientId}/documents" -> Map.of("kind", "REFERRAL",
                    "documentDate", java.time.LocalDate.now().toString(), "note", "Faxed referral");
            case "POST /documents/{documentId}/error" -> Map.of("reason", "Wrong patient");
            case "POST /billing/denials/{denialId}/worked" -> Map.of("action", "APPEALED", "note", "Appealed");
            case "POST /billing/remittances/unmatched/{itemId}" -> Map.of("claimId", "ZEBCLAIM1");
            case "POST /referrals/{referralId}/search" -> Map.of("query", "Ashworth");
            case "POST /referrals/{referralId}/file" -> Map.of("patientId", a.patient().id().toString());
            case "POST /referrals/{referralId}/register" -> Map.of("familyName", "Zebulonsky", "givenName", "Rhea",
                    "birthDate", "1961-03-04", "sex", "FEMALE", "primaryPayer", "SELF_PAY");
            case "POST /referrals/{referralId}/decline" -> Map.of("reason", "Not our service");
            case "POST /billing/remittances/unmatched/{itemId}/match" -> Map.of("claimId", "ZEBCLAIM1");
            case "POST /episodes/{episodeId}/clearances" -> Map.of("condition", "SPINAL_INFECTION", "method",
                    "PHYSICIAN_CLEARANCE", "resultDate", java.time.LocalDate.now().toString(), "note", "Cleared");
            case "POST /episodes/{episodeId}/exam-findings" -> Map.of("finding", "FEVER");
            case "POST /screenings/{screeningId}/acknowledgements" -> Map.of("episodeId", a.episode().id().toString(),
                    "condition", "SPINAL_INFECTION", "note", "Seen");
            case "POST /episodes/{episodeId}/exam" -> Map.of("dnf", "20", "kyphosis", "INCREASED");
            case "POST /episodes/{episodeId}/assessment" -> Map.of("classification", "HYPERKYPHOSIS",
                    "prognosis", "GOOD", "presentation", "STABLE", "decisionMaking", "LOW", "personalFactors", "0");
            case "POST /episodes/{episodeId}/plan" -> Map.of("diagnoses", "M54.6", "frequency", "2", "duration", "6",
                    "startDate", java.time.LocalDate.now().toString(), "certification", "SIGNED_PLAN",
                    "intervention", "MOBILITY_EXERCISE");
            case "POST /episodes/{episodeId}/goals" -> Map.of("activity", "sit", "instrument", "NPRS", "baseline", "7",
                    "target", "3", "deadline", java.time.LocalDate.now().plusWeeks(2).toString(),
                    "participation", "work", "relevantTo", "Swimming", "term", "LONG_TERM");
            case "POST /episodes/{episodeId}/evaluation/sign", "POST /goals/{goalId}/delete" -> Map.of();
            case "POST /episodes/{episodeId}/certification" -> Map.of("reason", "INITIAL", "method", "SIGNED_PLAN",
                    "signedOn", java.time.LocalDate.now().toString(), "practitionerName", "Dr Ada Park",
                    "practitionerNpi", "1234567893");
            case "POST /patients/{patientId}/restriction" -> Map.of("restriction", "VIP");
            case "POST /patients/{patientId}/emergency-access" -> Map.of("reason", "An emergency in the gym today");
            case "POST /schedule/appointments/{appointmentId}" -> Map.of("date",
                    java.time.LocalDate.now().plusDays(3).toString(), "time", "10:00");
            case "POST /schedule/appointments/{appointmentId}/move" -> Map.of("slot",
                    java.time.LocalDate.now().plusDays(3) + "T10:00", "view", "day");
            case "POST /schedule/appointments/{appointmentId}/note",
                 "POST /schedule/appointments/{appointmentId}/reminder" -> Map.of();
            case "POST /patients/{patientId}/authorizations" -> Map.of("number", "PA-A2", "payerKind",
                    "COMMERCIAL", "payerName", "Ash Health", "startDate", java.time.LocalDate.now().toString(),
                    "endDate", java.time.LocalDate.now().plusDays(30).toString(), "visitsAllowed", "6");
            case "POST /patients/{patientId}/visit-limits" -> Map.of("payerKind", "COMMERCIAL", "payerName",
                    "Ash Health", "year", String.valueOf(java.time.LocalDate.now().getYear()), "visitsAllowed", "20");
            case "POST /authorizations/{authorizationId}/correct" -> Map.of("number", "PA-A1", "payerKind",
                    "COMMERCIAL", "payerName", "Ash Health", "startDate", java.time.LocalDate.now().toString(),
                    "endDate", java.time.LocalDate.now().plusDays(30).toString(), "visitsAllowed", "6",
                    "reason", "Payer corrected it");
            case "POST /billing/claims/{claimId}/correct", "POST /billing/claims/{claimId}/void" -> Map.of("reason",
                    "Wrong units billed");
            case "POST /billing/payers/{payerId}" -> Map.of("name", "Ash Mutual", "payerId", "ASH01",
                    "filingIndicator", "CI", "unitMethod", "AMA", "distinctModifier", "59", "ncci", "yes",
                    "timelyFilingDays", "90", "active", "yes");
            case "POST /patients/{patientId}/coverages", "POST /coverages/{coverageId}" -> Map.of("payerId",
                    aPayer.toString(), "rank", "SECONDARY", "memberId", "ASH123", "relationship", "SELF",
                    "firstDay", java.time.LocalDate.now().toString());
            case "POST /visit-limits/{limitId}/correct" -> Map.of("payerKind", "COMMERCIAL", "payerName",
                    "Ash Health", "year", String.valueOf(java.time.LocalDate.now().getYear()), "visitsAllowed", "20",
                    "reason", "Payer corrected it");
            case "POST /schedule/appointments/{appointmentId}/status" -> Map.of("status", "CANCELLED",
                    "cancelledBy", "CLINIC", "reason", "Closed");
            case "POST /episodes/{episodeId}/series/preview", "POST /episodes/{episodeId}/series" -> Map.of(
                    "therapistId", a.user(Role.PT).id().toString(), "type", "TREATMENT",
                    "date", java.time.LocalDate.now().plusDays(3).toString(), "time", "10:00", "weekdays", "MON",
                    "until", java.time.LocalDate.now().plusDays(30).toString());
            case "POST /episodes/{episodeId}/start-date" -> Map.of("startedOn",
                    java.time.LocalDate.now().minusDays(2).toString(), "reason", "First visit on paper");
            case "POST /episodes/{episodeId}/outcomes" -> Map.of("instrument", "NPRS", "measuredOn",
                    java.time.LocalDate.now().toString(), "r0", "3", "r1", "2", "r2", "5");
            case "POST /patients/{patientId}/payments" -> Map.of("method", "CASH", "amount", "20.00");
            case "POST /patients/{patientId}/payments/{paymentId}/reversal" -> Map.of("reason", "Refund");
            case "POST /billing/claims/{claimId}/write-off" -> Map.of("amount", "1.00", "reason", "SMALL_BALANCE",
                    "side", "PATIENT");
            case "POST /billing/claims/{claimId}/bill-patient" -> Map.of("amount", "1.00");
            default -> fail("No form known for " + route.key() + ": add one to CrossClinicAccessIT");
        };
    }

    @Test
    void searchingNeverFindsAnotherClinicsPatients() {
        ApiClient api = ApiClient.signedIn(port, a.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        ApiClient.Response response = api.post("/api/v1/patients/search", "{\"query\":\"Zebulonsky\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("results").size()).isZero();
        // Both clinics have a patient born that day; only A's may come back.
        ApiClient.Response byBirthDate = api.post("/api/v1/patients/search",
                "{\"query\":\"" + b.patient().birthDate() + "\"}");
        assertThat(byBirthDate.body()).contains(a.patient().id().toString())
                .doesNotContain(b.patient().id().toString());
    }
}
