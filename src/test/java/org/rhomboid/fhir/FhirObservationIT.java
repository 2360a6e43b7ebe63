package org.rhomboid.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.outcome.OutcomeResult;
import org.rhomboid.outcome.OutcomeService;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.UsCore;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Outcome measures, exam measurements, questionnaires and their responses through FHIR: data made by the app's own
 * services (an intake submitted by link, an exam saved by the therapist, measures recorded), read and searched with
 * HAPI's generic client, every resource valid US Core 6.1.0.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirObservationIT {

    /** Follow-up NPRS ratings recorded on top of the intake's and the other measures, so paging has pages. */
    private static final int FOLLOW_UPS = 24;

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    OutcomeService outcomes;

    TestClinics.Clinic clinic;
    IGenericClient fhir;
    ApiClient api;
    String patient;
    OutcomeResult odi;
    OutcomeResult fabq;
    int recorded;

    @BeforeAll
    void recordCare() {
        clinic = clinics.create("Observa");
        patient = clinic.patient().id().toString();
        String episode = "/episodes/" + clinic.episode().id();
        IntakeLinks.complete(port, WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD),
                episode, CompleteIntake.fields());
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        java.util.regex.Matcher photo = java.util.regex.Pattern.compile("name=\"photo\" value=\"([0-9a-f-]{36})\"")
                .matcher(therapist.postMultipart(episode + "/exam", Map.of("action", List.of("upload")), "photoFile",
                        "side.png", org.rhomboid.support.TestImages.posturePhoto(600, 800), episode + "/exam").body());
        assertThat(photo.find()).isTrue();
        Map<String, List<String>> exam = new java.util.HashMap<>(Map.of("rom.FLEXION", List.of("30"),
                "romUnit.FLEXION", List.of("DEGREES"), "rom.ROTATION_LEFT", List.of("60"),
                "romUnit.ROTATION_LEFT", List.of("PERCENT"), "serratus.L", List.of("4"), "serratus.R", List.of("5"),
                "dnf", List.of("22"), "coreMeasure", List.of("MMT"), "core", List.of("4")));
        // Tragus 100 px right of and 100 px above C7: a craniovertebral angle of 45°.
        exam.putAll(Map.of("photo", List.of(photo.group(1)), "tragusX", List.of("400"), "tragusY", List.of("200"),
                "c7X", List.of("300"), "c7Y", List.of("300")));
        assertThat(therapist.postMultipart(episode + "/exam", exam, null, null, null, episode + "/exam").status())
                .isEqualTo(302);
        UUID episodeId = clinic.episode().id();
        LocalDate today = LocalDate.now();
        ClinicScope.runAs(clinic.id(), () -> {
            odi = outcomes.record(episodeId, OutcomeInstrument.ODI, List.of(2, 2, 2, 2, 2, 2, 2, 1, 1, 0),
                    today.minusDays(20));
            outcomes.record(episodeId, OutcomeInstrument.NDI, List.of(3, 2, 2, 1, 0, 2, 3, 1, 2, 2),
                    today.minusDays(20));
            fabq = outcomes.record(episodeId, OutcomeInstrument.FABQ,
                    List.of(1, 4, 5, 3, 4, 6, 5, 2, 4, 3, 5, 4, 1, 2, 6, 0), today.minusDays(20));
            outcomes.record(episodeId, OutcomeInstrument.FRI, List.of(2, 2, 1, 1, 2, 3, 2, 1, 1, 1),
                    today.minusDays(20));
            outcomes.record(episodeId, OutcomeInstrument.GROC, List.of(4), today.minusDays(1));
            for (int i = 0; i < FOLLOW_UPS; i++) {
                outcomes.record(episodeId, OutcomeInstrument.NPRS, List.of(6 - i % 6), today.minusDays(19 - i % 19));
            }
        });
        recorded = 5 + FOLLOW_UPS;
        api = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(
                ca.uhn.fhir.rest.client.api.ServerValidationModeEnum.NEVER);
        fhir = context.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        fhir.registerInterceptor(new BearerTokenAuthInterceptor(api.token()));
    }

    private <R extends Resource> List<R> toTheEnd(Bundle first, Class<R> type) {
        List<R> all = new ArrayList<>();
        Bundle page = first;
        while (true) {
            page.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                    .map(type::cast).forEach(all::add);
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                return all;
            }
            page = fhir.loadPage().next(page).execute();
        }
    }

    private static void valid(IBaseResource resource) {
        var errors = UsCore.errors(resource);
        assertThat(errors).as(resource.getIdElement().getValue() + "\n" + UsCore.describe(errors)).isEmpty();
    }

    @Test
    void surveyObservationsPageToTheEndAndAreUsCore() {
        Bundle first = fhir.search().forResource(Observation.class)
                .where(Observation.PATIENT.hasId(patient))
                .and(Observation.CATEGORY.exactly().systemAndCode(FhirSystems.OBSERVATION_CATEGORY, "survey"))
                .count(7).returnBundle(Bundle.class).execute();
        List<Observation> all = toTheEnd(first, Observation.class);
        // The intake's NPRS (three ratings) and PSFS, then what was recorded.
        assertThat(all).hasSize(2 + recorded);
        assertThat(first.getTotal()).isEqualTo(2 + recorded);
        assertThat(all).extracting(Resource::getIdPart).doesNotHaveDuplicates();
        for (Observation o : all) {
            assertThat(o.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
            assertThat(o.getSubject().getReference()).isEqualTo("Patient/" + patient);
            assertThat(o.getDerivedFromFirstRep().getReference()).startsWith("QuestionnaireResponse/");
            valid(o);
        }
        Observation intakePain = all.stream().filter(o -> o.getCode().getCoding().stream()
                .anyMatch(c -> c.getCode().equals("nprs-mean"))).findFirst().orElseThrow();
        assertThat(intakePain.getValueQuantity().getValue()).isEqualByComparingTo("4.33");
        assertThat(intakePain.getHasMember()).hasSize(3);
        assertThat(intakePain.getPerformerFirstRep().getReference()).isEqualTo("Patient/" + patient);
        for (Reference member : intakePain.getHasMember()) {
            Observation item = fhir.read().resource(Observation.class).withUrl(member.getReference()).execute();
            assertThat(item.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
            valid(item);
        }
        QuestionnaireResponse intake = fhir.read().resource(QuestionnaireResponse.class)
                .withUrl(intakePain.getDerivedFromFirstRep().getReference()).execute();
        assertThat(intake.getQuestionnaire()).isEqualTo("https://rhomboid.org/fhir/Questionnaire/intake|1");
        assertThat(intake.getItem()).filteredOn(i -> i.getLinkId().equals("pain-worst"))
                .singleElement().satisfies(i -> assertThat(i.getAnswerFirstRep().getValueIntegerType().getValue())
                        .isEqualTo(7));
        valid(intake);
    }

    @Test
    void fabqSubscalesAndItemsAreMembers() {
        Observation panel = fhir.read().resource(Observation.class).withId(fabq.id().toString()).execute();
        assertThat(panel.hasValue()).isFalse();
        valid(panel);
        Observation work = fhir.read().resource(Observation.class).withId(fabq.id() + ".w").execute();
        // Work: items 6, 7, 9, 10, 11, 12, 15 = 6 + 5 + 4 + 3 + 5 + 4 + 6.
        assertThat(work.getValueIntegerType().getValue()).isEqualTo(33);
        valid(work);
        Observation activity = fhir.read().resource(Observation.class).withId(fabq.id() + ".pa").execute();
        assertThat(activity.getValueIntegerType().getValue()).isEqualTo(16);
        assertThat(panel.getHasMember()).extracting(Reference::getReference)
                .contains("Observation/" + fabq.id() + ".pa", "Observation/" + fabq.id() + ".w",
                        "Observation/" + fabq.id() + ".16");
        assertThat(api.send("GET", "/fhir/Observation/" + fabq.id() + ".17", null, "application/fhir+json")
                .status()).isEqualTo(404);
    }

    @Test
    void byCodeDateAndSort() {
        Bundle odiByLoinc = fhir.search().forResource(Observation.class).where(Observation.PATIENT.hasId(patient))
                .and(Observation.CODE.exactly().systemAndCode(FhirSystems.LOINC, "97909-6"))
                .returnBundle(Bundle.class).execute();
        assertThat(odiByLoinc.getEntry()).hasSize(1);
        Observation found = (Observation) odiByLoinc.getEntryFirstRep().getResource();
        assertThat(found.getIdPart()).isEqualTo(odi.id().toString());
        assertThat(found.getValueQuantity().getValue()).isEqualByComparingTo(new BigDecimal("32.0"));
        assertThat(found.getValueQuantity().getCode()).isEqualTo("%");
        Bundle recent = fhir.search().forResource(Observation.class).where(Observation.PATIENT.hasId(patient))
                .and(Observation.CATEGORY.exactly().code("survey"))
                .and(Observation.DATE.afterOrEquals().day(LocalDate.now().minusDays(1).toString()))
                .count(100).returnBundle(Bundle.class).execute();
        assertThat(recent.getEntry()).extracting(e -> ((Observation) e.getResource()).getEffectiveDateTimeType()
                .getValueAsString()).allSatisfy(d -> assertThat(LocalDate.parse(d))
                .isAfterOrEqualTo(LocalDate.now().minusDays(1)));
        assertThat(recent.getEntry()).anySatisfy(e -> assertThat(((Observation) e.getResource()).getCode()
                .getCodingFirstRep().getCode()).isEqualTo("groc"));
        Bundle newestFirst = fhir.search().forResource(Observation.class).where(Observation.PATIENT.hasId(patient))
                .and(Observation.CATEGORY.exactly().code("survey"))
                .sort(new SortSpec("date", SortOrderEnum.DESC)).count(100).returnBundle(Bundle.class).execute();
        List<String> dates = newestFirst.getEntry().stream().map(e -> ((Observation) e.getResource())
                .getEffectiveDateTimeType().getValueAsString()).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Bundle lastRecordedFirst = fhir.search().forResource(Observation.class)
                .where(Observation.PATIENT.hasId(patient)).and(Observation.CATEGORY.exactly().code("survey"))
                .sort(new SortSpec("_lastUpdated", SortOrderEnum.DESC)).count(100).returnBundle(Bundle.class).execute();
        assertThat(lastRecordedFirst.getEntry()).extracting(e -> e.getResource().getMeta().getLastUpdated())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(api.send("GET", "/fhir/Observation?patient=" + patient + "&_sort=code", null,
                "application/fhir+json").status()).isEqualTo(400);
        assertThat(api.send("GET", "/fhir/Observation?patient=" + patient + "&colour=blue", null,
                "application/fhir+json").status()).isEqualTo(400);
    }

    @Test
    void examMeasurementsAreClinicalResults() {
        Bundle bundle = fhir.search().forResource(Observation.class).where(Observation.PATIENT.hasId(patient))
                .and(Observation.CATEGORY.exactly().code("exam")).returnBundle(Bundle.class).execute();
        List<Observation> exam = toTheEnd(bundle, Observation.class);
        assertThat(exam).extracting(o -> o.getCode().getCodingFirstRep().getCode()).containsExactlyInAnyOrder(
                "rom-flexion", "rom-rotation-left", "cva", "dnf-endurance", "serratus-mmt-left", "serratus-mmt-right",
                "core-mmt");
        Observation cva = exam.stream().filter(o -> o.getCode().getCodingFirstRep().getCode().equals("cva"))
                .findFirst().orElseThrow();
        assertThat(cva.getValueQuantity().getValue()).isEqualByComparingTo("45.0");
        assertThat(cva.getValueQuantity().getCode()).isEqualTo("deg");
        assertThat(cva.getValueQuantity().getSystem()).isEqualTo(FhirSystems.UCUM);
        Observation flexion = exam.stream().filter(o -> o.getCode().getCodingFirstRep().getCode()
                .equals("rom-flexion")).findFirst().orElseThrow();
        assertThat(flexion.getValueQuantity().getCode()).isEqualTo("deg");
        assertThat(flexion.getBodySite().getCodingFirstRep().getCode()).isEqualTo("122495006");
        exam.forEach(FhirObservationIT::valid);
        Observation read = fhir.read().resource(Observation.class).withId(flexion.getIdPart()).execute();
        assertThat(read.getValueQuantity().getValue()).isEqualByComparingTo("30");
        Bundle byCode = fhir.search().forResource(Observation.class).where(Observation.PATIENT.hasId(patient))
                .and(Observation.CODE.exactly().systemAndCode(org.rhomboid.fhir.codesystem.RhomboidCodes.EXAM,
                        "rom-flexion")).returnBundle(Bundle.class).execute();
        assertThat(byCode.getEntry()).singleElement().satisfies(e -> assertThat(e.getResource().getIdPart())
                .isEqualTo(flexion.getIdPart()));
        Bundle both = fhir.search().forResource(Observation.class).where(Observation.PATIENT.hasId(patient))
                .count(10).returnBundle(Bundle.class).execute();
        assertThat(toTheEnd(both, Observation.class)).hasSize(2 + recorded + exam.size());
    }

    @Test
    void includesThePatient() {
        Bundle bundle = fhir.search().forResource(Observation.class).where(Observation.PATIENT.hasId(patient))
                .and(Observation.CODE.exactly().systemAndCode(FhirSystems.LOINC, "97909-6"))
                .include(Observation.INCLUDE_PATIENT).returnBundle(Bundle.class).execute();
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType())
                .containsExactlyInAnyOrder("Observation", "Patient");
        assertThat(bundle.getEntry()).filteredOn(e -> e.getResource() instanceof Patient)
                .singleElement().satisfies(e -> assertThat(e.getSearch().getMode())
                        .isEqualTo(Bundle.SearchEntryMode.INCLUDE));
    }

    @Test
    void questionnaireResponsesQuestionnairesAndCodeSystems() {
        Bundle first = fhir.search().forResource(QuestionnaireResponse.class)
                .where(QuestionnaireResponse.PATIENT.hasId(patient)).count(10).returnBundle(Bundle.class).execute();
        List<QuestionnaireResponse> responses = toTheEnd(first, QuestionnaireResponse.class);
        assertThat(responses).hasSize(1 + recorded);
        responses.forEach(FhirObservationIT::valid);
        Bundle odiForms = fhir.search().forResource(QuestionnaireResponse.class)
                .where(QuestionnaireResponse.PATIENT.hasId(patient))
                .and(QuestionnaireResponse.QUESTIONNAIRE.hasId("https://rhomboid.org/fhir/Questionnaire/odi"))
                .returnBundle(Bundle.class).execute();
        assertThat(odiForms.getEntry()).singleElement().satisfies(e -> assertThat(e.getResource().getIdPart())
                .isEqualTo(odi.id().toString()));
        for (Questionnaire q : toTheEnd(fhir.search().forResource(Questionnaire.class).returnBundle(Bundle.class)
                .execute(), Questionnaire.class)) {
            valid(q);
        }
        Bundle byUrl = fhir.search().forResource(Questionnaire.class)
                .where(Questionnaire.URL.matches().value("https://rhomboid.org/fhir/Questionnaire/intake"))
                .returnBundle(Bundle.class).execute();
        assertThat(byUrl.getEntry()).hasSize(1);
        CodeSystem outcomesCodes = fhir.read().resource(CodeSystem.class).withId("outcome-measures").execute();
        assertThat(outcomesCodes.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.COMPLETE);
        assertThat(outcomesCodes.getConcept()).allSatisfy(c -> {
            assertThat(c.getDisplay()).isNotBlank();
            assertThat(c.getDefinition()).isNotBlank();
        });
        valid(outcomesCodes);
        valid(fhir.read().resource(CodeSystem.class).withId("exam-measures").execute());
        Bundle systems = fhir.search().forResource(CodeSystem.class)
                .where(CodeSystem.URL.matches().value("https://rhomboid.org/fhir/CodeSystem/outcome-measures"))
                .returnBundle(Bundle.class).execute();
        assertThat(systems.getEntry()).hasSize(1);
    }

    @Test
    void anotherClinicsRecordsAreNotFoundAndTheFrontDeskIsRefused() {
        TestClinics.Clinic other = clinics.create("Elsewhere");
        OutcomeResult theirs = ClinicScope.callAs(other.id(), () -> outcomes.record(other.episode().id(),
                OutcomeInstrument.NPRS, List.of(5), LocalDate.now()));
        for (String path : List.of("/fhir/Observation/" + theirs.id(), "/fhir/Observation/" + theirs.id() + ".1",
                "/fhir/QuestionnaireResponse/" + theirs.id())) {
            ApiClient.Response response = api.send("GET", path, null, "application/fhir+json");
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).contains("OperationOutcome");
        }
        assertThat(api.send("GET", "/fhir/Observation?patient=" + other.patient().id(), null,
                "application/fhir+json").status()).isEqualTo(404);
        ApiClient frontDesk = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        for (String path : List.of("/fhir/Observation/" + odi.id(), "/fhir/Observation?patient=" + patient,
                "/fhir/QuestionnaireResponse/" + odi.id(), "/fhir/QuestionnaireResponse?patient=" + patient)) {
            ApiClient.Response response = frontDesk.send("GET", path, null, "application/fhir+json");
            assertThat(response.status()).as(path).isEqualTo(403);
            assertThat(response.body()).contains("OperationOutcome");
        }
        assertThat(frontDesk.send("GET", "/fhir/Questionnaire/intake", null, "application/fhir+json").status())
                .isEqualTo(200);
    }
}
