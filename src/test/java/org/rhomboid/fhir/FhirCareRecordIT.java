package org.rhomboid.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.DailyNoteForms;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.UsCore;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The care record over FHIR: an episode evaluated (M54.6, 97161–97163) and treated in two signed daily notes
 * (97112 and 97110 each), read back as US Core Encounters, encounter-diagnosis Conditions and Procedures.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirCareRecordIT {

    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    TestClinics.Clinic clinic;
    IGenericClient fhir;
    ApiClient api;
    String patient;
    List<String> dailyNotes = new ArrayList<>();

    @BeforeAll
    void evaluateAndTreat() {
        clinic = clinics.create("Carewell");
        patient = "Patient/" + clinic.patient().id();
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(14));
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        String notes = "/episodes/" + clinic.episode().id() + "/notes";
        for (LocalDate day : List.of(TODAY.minusDays(7), TODAY)) {
            WebSession.Page started = therapist.post(notes, Map.of("kind", "DAILY_NOTE"), notes);
            assertThat(started.status()).isEqualTo(302);
            String note = started.location().substring(started.location().indexOf("/notes/"));
            Map<String, List<String>> form = new HashMap<>(DailyNoteForms.twoServices(day));
            form.put("action", List.of("sign"));
            assertThat(therapist.postMulti(note, form, note).status()).as("signed").isEqualTo(302);
            dailyNotes.add(note.substring("/notes/".length()));
        }
        api = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        fhir = client(api.token());
    }

    private IGenericClient client(String token) {
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        IGenericClient client = context.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        return client;
    }

    private static void valid(Resource resource) {
        var errors = UsCore.errors(resource);
        assertThat(errors).as(resource.fhirType() + "/" + resource.getIdPart() + "\n" + UsCore.describe(errors))
                .isEmpty();
    }

    private static <R extends Resource> List<R> matches(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream()
                .filter(e -> e.getSearch().getMode() != Bundle.SearchEntryMode.INCLUDE)
                .map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void encountersAreTheSignedVisitsPagedAndSortedByDate() {
        Bundle all = fhir.search().forResource(Encounter.class).where(Encounter.PATIENT.hasId(patient))
                .returnBundle(Bundle.class).execute();
        List<Encounter> encounters = matches(all, Encounter.class);
        assertThat(all.getTotal()).isEqualTo(3);
        assertThat(encounters).extracting(e -> e.getPeriod().getStartElement().getValueAsString())
                .containsExactly(TODAY.minusDays(14).toString(), TODAY.minusDays(7).toString(), TODAY.toString());
        Encounter evaluation = encounters.get(0);
        assertThat(evaluation.getTypeFirstRep().getCoding()).extracting(c -> c.getSystem() + "|" + c.getCode())
                .anyMatch(c -> c.matches("http://www.ama-assn.org/go/cpt\\|9716[123]"));
        assertThat(encounters.get(1).getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("daily-note");
        assertThat(encounters).allSatisfy(e -> {
            assertThat(e.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
            assertThat(e.getClass_().getCode()).isEqualTo("AMB");
            assertThat(e.getServiceProvider().getReference()).isEqualTo("Organization/" + clinic.id());
            assertThat(e.getEpisodeOfCareFirstRep().getReference()).isEqualTo("EpisodeOfCare/" + clinic.episode().id());
            assertThat(e.getReasonReference()).hasSize(1);
            valid(e);
        });

        Encounter read = fhir.read().resource(Encounter.class).withId(dailyNotes.get(0)).execute();
        assertThat(read.getPeriod().getStartElement().getValueAsString()).isEqualTo(TODAY.minusDays(7).toString());
        assertThat(read.getMeta().getVersionId()).isNotBlank();
        valid(read);

        // date with prefixes, with the patient; newest first; one a page, the next page through its link.
        Bundle recent = fhir.search().forResource(Encounter.class).where(Encounter.PATIENT.hasId(patient))
                .and(Encounter.DATE.afterOrEquals().day(TODAY.minusDays(7).toString()))
                .sort().descending(Encounter.DATE).count(1).returnBundle(Bundle.class).execute();
        assertThat(recent.getTotal()).isEqualTo(2);
        assertThat(matches(recent, Encounter.class)).extracting(Resource::getIdPart).containsExactly(dailyNotes.get(1));
        Bundle next = fhir.loadPage().next(recent).execute();
        assertThat(matches(next, Encounter.class)).extracting(Resource::getIdPart).containsExactly(dailyNotes.get(0));
        assertThat(next.getLink("next")).isNull();

        assertThat(fhir.search().forResource(Encounter.class).where(Encounter.PATIENT.hasId(patient))
                .and(Encounter.TYPE.exactly().code("daily-note")).returnBundle(Bundle.class).execute().getTotal())
                .isEqualTo(2);
        assertThat(fhir.search().forResource(Encounter.class).where(Encounter.PATIENT.hasId(patient))
                .and(Encounter.STATUS.exactly().code("in-progress")).returnBundle(Bundle.class).execute().getTotal())
                .isZero();
        assertThat(fhir.search().forResource(Encounter.class).where(Encounter.PATIENT.hasId(patient))
                .and(Encounter.CLASS.exactly().code("AMB")).returnBundle(Bundle.class).execute().getTotal())
                .isEqualTo(3);

        Bundle withPatient = fhir.search().forResource(Encounter.class)
                .where(Encounter.RES_ID.exactly().code(dailyNotes.get(1))).include(Encounter.INCLUDE_PATIENT)
                .returnBundle(Bundle.class).execute();
        assertThat(withPatient.getEntry()).extracting(e -> e.getResource().fhirType())
                .containsExactlyInAnyOrder("Encounter", "Patient");
    }

    @Test
    void eachVisitsIcd10CodeIsAnEncounterDiagnosis() {
        Bundle found = fhir.search().forResource(Condition.class).where(Condition.PATIENT.hasId(patient))
                .and(Condition.CATEGORY.exactly().code("encounter-diagnosis")).include(Condition.INCLUDE_ENCOUNTER)
                .returnBundle(Bundle.class).execute();
        List<Condition> conditions = matches(found, Condition.class);
        assertThat(conditions).hasSize(3).allSatisfy(c -> {
            assertThat(c.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://hl7.org/fhir/sid/icd-10-cm");
            assertThat(c.getCode().getCodingFirstRep().getCode()).isEqualTo("M54.6");
            assertThat(c.getCode().getCodingFirstRep().getDisplay()).containsIgnoringCase("thoracic");
            assertThat(c.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
            valid(c);
        });
        assertThat(found.getEntry()).filteredOn(e -> e.getResource() instanceof Encounter).hasSize(3);

        Condition read = fhir.read().resource(Condition.class).withId(dailyNotes.get(0) + ".1").execute();
        assertThat(read.getEncounter().getReference()).isEqualTo("Encounter/" + dailyNotes.get(0));
        valid(read);
        assertThat(fhir.search().forResource(Condition.class).where(Condition.PATIENT.hasId(patient))
                .and(Condition.CODE.exactly().systemAndCode("http://hl7.org/fhir/sid/icd-10-cm", "M54.6"))
                .returnBundle(Bundle.class).execute().getTotal()).as("three visits and the problem list").isEqualTo(4);
        assertThat(fhir.search().forResource(Condition.class).where(Condition.PATIENT.hasId(patient))
                .and(Condition.CLINICAL_STATUS.exactly().code("resolved"))
                .returnBundle(Bundle.class).execute().getTotal()).isZero();
        assertThat(api.send("GET", "/fhir/Condition/" + dailyNotes.get(0) + ".9", null, "application/fhir+json")
                .status()).isEqualTo(404);

        // The plan of care's diagnosis is on the problem list.
        Bundle problems = fhir.search().forResource(Condition.class).where(Condition.PATIENT.hasId(patient))
                .and(Condition.CATEGORY.exactly().code("problem-list-item")).returnBundle(Bundle.class).execute();
        List<Condition> listed = matches(problems, Condition.class);
        assertThat(listed).hasSize(1);
        Condition problem = listed.get(0);
        assertThat(problem.getCode().getCodingFirstRep().getCode()).isEqualTo("M54.6");
        assertThat(problem.getMeta().getProfile().get(0).getValue()).endsWith("us-core-condition-problems-health-concerns");
        assertThat(problem.getIdPart()).endsWith(".p1");
        valid(problem);
        valid(fhir.read().resource(Condition.class).withId(problem.getIdPart()).execute());
        assertThat(fhir.search().forResource(Condition.class).where(Condition.PATIENT.hasId(patient))
                .returnBundle(Bundle.class).execute().getTotal()).isEqualTo(5);
        // The evaluation's screening raised one red-flag concern: a health concern, suspected (FhirHealthConcernsIT).
        List<Condition> concerns = matches(fhir.search().forResource(Condition.class)
                .where(Condition.PATIENT.hasId(patient)).and(Condition.CATEGORY.exactly().code("health-concern"))
                .returnBundle(Bundle.class).execute(), Condition.class);
        assertThat(concerns).hasSize(1);
        assertThat(concerns.get(0).getIdPart()).startsWith(clinic.episode().id() + ".rf");
        assertThat(concerns.get(0).getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("provisional");
        valid(concerns.get(0));
    }

    @Test
    void eachCodedServiceIsAProcedure() {
        Bundle found = fhir.search().forResource(Procedure.class).where(Procedure.PATIENT.hasId(patient))
                .sort().ascending(Procedure.DATE).returnBundle(Bundle.class).execute();
        List<Procedure> procedures = matches(found, Procedure.class);
        assertThat(procedures).extracting(p -> p.getCode().getCodingFirstRep().getCode())
                .hasSize(5).containsSubsequence("97112", "97110", "97112", "97110");
        assertThat(procedures).allSatisfy(p -> {
            assertThat(p.getStatus()).isEqualTo(Procedure.ProcedureStatus.COMPLETED);
            assertThat(p.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://www.ama-assn.org/go/cpt");
            valid(p);
        });
        Procedure treatment = procedures.stream().filter(p -> p.getCode().getCodingFirstRep().getCode()
                .equals("97112")).findFirst().orElseThrow();
        assertThat(treatment.getNoteFirstRep().getText()).startsWith("24 minutes, 2 units");

        Bundle byCode = fhir.search().forResource(Procedure.class).where(Procedure.PATIENT.hasId(patient))
                .and(Procedure.CODE.exactly().systemAndCode("http://www.ama-assn.org/go/cpt", "97110"))
                .and(Procedure.DATE.exactly().day(TODAY.toString())).include(Procedure.INCLUDE_ENCOUNTER)
                .returnBundle(Bundle.class).execute();
        assertThat(matches(byCode, Procedure.class)).hasSize(1).first()
                .satisfies(p -> assertThat(p.getEncounter().getReference()).isEqualTo("Encounter/" + dailyNotes.get(1)));
        assertThat(byCode.getEntry()).extracting(e -> e.getResource().fhirType()).contains("Encounter");

        Procedure read = fhir.read().resource(Procedure.class).withId(treatment.getIdPart()).execute();
        valid(read);
    }

    @Test
    void theSmartGoalAndThePlanOfCare() {
        Bundle goals = fhir.search().forResource(Goal.class).where(Goal.PATIENT.hasId(patient))
                .and(Goal.LIFECYCLE_STATUS.exactly().code("active")).returnBundle(Bundle.class).execute();
        List<Goal> found = matches(goals, Goal.class);
        assertThat(found).hasSize(1);
        Goal goal = found.get(0);
        assertThat(goal.getAchievementStatus().getCodingFirstRep().getCode()).isEqualTo("in-progress");
        assertThat(goal.getDescription().getText()).contains("sit through a workday").contains("NPRS");
        assertThat(goal.getTargetFirstRep().getMeasure().getCodingFirstRep().getCode()).isEqualTo("72514-3");
        assertThat(goal.getTargetFirstRep().getDetailQuantity().getValue()).isEqualByComparingTo("3");
        assertThat(goal.getTargetFirstRep().getDueDateType().getValueAsString())
                .isEqualTo(TODAY.minusDays(14).plusWeeks(6).toString());
        valid(goal);
        valid(fhir.read().resource(Goal.class).withId(goal.getIdPart()).execute());
        assertThat(fhir.search().forResource(Goal.class).where(Goal.PATIENT.hasId(patient))
                .and(Goal.TARGET_DATE.before().day(TODAY.toString())).returnBundle(Bundle.class).execute()
                .getTotal()).isZero();
        assertThat(fhir.search().forResource(Goal.class).where(Goal.PATIENT.hasId(patient))
                .and(Goal.LIFECYCLE_STATUS.exactly().code("completed")).returnBundle(Bundle.class).execute()
                .getTotal()).isZero();

        Bundle plans = fhir.search().forResource(CarePlan.class).where(CarePlan.PATIENT.hasId(patient))
                .and(CarePlan.CATEGORY.exactly().systemAndCode("http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
                        "assess-plan")).include(CarePlan.INCLUDE_GOAL).returnBundle(Bundle.class).execute();
        List<CarePlan> found2 = matches(plans, CarePlan.class);
        assertThat(found2).hasSize(1);
        CarePlan plan = found2.get(0);
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(plan.getPeriod().getStartElement().getValueAsString()).isEqualTo(TODAY.minusDays(14).toString());
        assertThat(plan.getPeriod().getEndElement().getValueAsString())
                .isEqualTo(TODAY.minusDays(14).plusWeeks(8).minusDays(1).toString());
        assertThat(plan.getGoal()).extracting(r -> r.getReference()).containsExactly("Goal/" + goal.getIdPart());
        assertThat(plan.getActivityFirstRep().getDetail().getScheduledTiming().getRepeat().getFrequency()).isEqualTo(2);
        assertThat(plan.getText().getStatus().toCode()).isEqualTo("generated");
        assertThat(plans.getEntry()).extracting(e -> e.getResource().fhirType()).contains("Goal");
        valid(plan);
        valid(fhir.read().resource(CarePlan.class).withId(plan.getIdPart()).execute());
        assertThat(fhir.search().forResource(CarePlan.class).where(CarePlan.PATIENT.hasId(patient))
                .and(CarePlan.STATUS.exactly().code("completed")).returnBundle(Bundle.class).execute().getTotal())
                .isZero();
    }

    @Test
    void anotherClinicsRecordsAreNotFound() {
        TestClinics.Clinic other = clinics.create("Elsewhere");
        SignedEvaluation.sign(port, other, TODAY.minusDays(3));
        ApiClient theirs = ApiClient.signedIn(port, other.user(Role.PT).email(), TestClinics.PASSWORD);
        String theirEncounter = client(theirs.token()).search().forResource(Encounter.class)
                .where(Encounter.PATIENT.hasId(other.patient().id().toString())).returnBundle(Bundle.class).execute()
                .getEntryFirstRep().getResource().getIdPart();
        for (String path : List.of("/fhir/Encounter/" + theirEncounter, "/fhir/Condition/" + theirEncounter + ".1",
                "/fhir/Procedure/" + theirEncounter + ".1", "/fhir/Encounter?patient=" + other.patient().id(),
                "/fhir/Goal?patient=" + other.patient().id(), "/fhir/CarePlan?patient=" + other.patient().id())) {
            ApiClient.Response response = api.send("GET", path, null, "application/fhir+json");
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).contains("OperationOutcome").doesNotContain("Elsewhere");
        }
        assertThat(api.send("GET", "/fhir/Encounter/" + theirEncounter, null, "application/fhir+json").status())
                .isEqualTo(404);
    }

    @Test
    void theFrontDeskMayNotReadTheCareRecord() {
        ApiClient frontDesk = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        for (String path : List.of("/fhir/Encounter?patient=" + clinic.patient().id(),
                "/fhir/Encounter/" + dailyNotes.get(0), "/fhir/Condition?patient=" + clinic.patient().id(),
                "/fhir/Procedure?patient=" + clinic.patient().id(), "/fhir/Goal?patient=" + clinic.patient().id(),
                "/fhir/CarePlan?patient=" + clinic.patient().id())) {
            ApiClient.Response response = frontDesk.send("GET", path, null, "application/fhir+json");
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.body()).contains("OperationOutcome");
        }
    }

    @Test
    void unknownParametersAndSortsAreRefused() {
        assertThat(api.send("GET", "/fhir/Encounter?patient=" + clinic.patient().id() + "&colour=blue", null,
                "application/fhir+json").status()).isEqualTo(400);
        assertThat(api.send("GET", "/fhir/Procedure?patient=" + clinic.patient().id() + "&_sort=code", null,
                "application/fhir+json").status()).isEqualTo(400);
    }
}
