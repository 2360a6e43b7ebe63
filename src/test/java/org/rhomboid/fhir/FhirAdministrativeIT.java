package org.rhomboid.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.ClinicBilling;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.UsCore;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrative resources through HAPI's generic client, on a clinic made ready through its own pages and API:
 * the clinic's profile and the therapist's NPI (ClinicBilling), two payers in the directory (the biller), the
 * patient's own Medicare and a spouse's plan (the front desk), three appointments (the front desk's API), one of
 * them a no-show. Every resource is validated against US Core 6.1.0 (or base R4), searches page, includes bring
 * what they name, and another clinic's ids are not found.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirAdministrativeIT {

    private static final String PT_NPI = "1234567893";

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    ClinicDates dates;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;
    TestClinics.Clinic other;
    IGenericClient fhir;
    UUID medicare;
    UUID aetna;
    List<String> appointments;

    @BeforeAll
    void setUp() {
        clinic = clinics.create("Admindale");
        other = clinics.create("Elsewhere");
        ClinicBilling.setUp(port, owner, clinic, PT_NPI, "Dr. Alan Brooks", "1679576722");
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        medicare = payer(biller, "Novitas Solutions JL", "12502", "MB");
        aetna = payer(biller, "Aetna Choice", "60054", "12");
        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String page = "/patients/" + clinic.patient().id() + "/coverages";
        LocalDate today = LocalDate.now();
        assertThat(desk.post(page, Map.of("payerId", medicare.toString(), "rank", "PRIMARY", "memberId",
                "1EG4-TE5-MK72", "relationship", "SELF", "firstDay", today.minusYears(1).toString()), page).status())
                .isEqualTo(302);
        assertThat(desk.post(page, new HashMap<>(Map.ofEntries(Map.entry("payerId", aetna.toString()),
                Map.entry("rank", "SECONDARY"), Map.entry("memberId", "W1234"), Map.entry("groupNumber", "G-77"),
                Map.entry("relationship", "SPOUSE"), Map.entry("firstDay", today.minusMonths(2).toString()),
                Map.entry("subscriberFamily", "Admindale"), Map.entry("subscriberGiven", "Robert"),
                Map.entry("subscriberBirthDate", "1950-02-03"), Map.entry("subscriberSex", "MALE"),
                Map.entry("subscriberAddress", "12 Elm St"), Map.entry("subscriberCity", "Portland"),
                Map.entry("subscriberState", "ME"), Map.entry("subscriberZip", "04101"))), page).status())
                .isEqualTo(302);
        ZoneId zone = ClinicScope.callAs(clinic.id(), dates::zone);
        ApiClient deskApi = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        LocalDate day = LocalDate.now(zone).plusDays(2);
        appointments = List.of(book(deskApi, zone, day, 9), book(deskApi, zone, day, 11), book(deskApi, zone, day, 14));
        assertThat(deskApi.post("/api/v1/appointments/" + appointments.get(2) + "/status",
                "{\"status\":\"NO_SHOW\"}").status()).isEqualTo(200);
        fhir = client(Role.PT);
    }

    private UUID payer(WebSession biller, String name, String payerId, String filing) {
        Map<String, String> typed = new HashMap<>(Map.of("name", name, "payerId", payerId, "filingIndicator", filing,
                "unitMethod", "CMS", "medicareRules", "yes", "ncci", "yes", "distinctModifier", "59",
                "timelyFilingDays", "365", "active", "yes", "city", "Mechanicsburg"));
        typed.putAll(Map.of("addressLine", "PO Box 3113", "state", "PA", "postalCode", "17055-1813"));
        assertThat(biller.post("/billing/payers", typed, "/billing/payers/new").status()).isEqualTo(302);
        return JdbcClient.create(owner).sql("select id from payer where clinic_id = :c and name = :n")
                .param("c", clinic.id()).param("n", name).query(UUID.class).single();
    }

    private String book(ApiClient desk, ZoneId zone, LocalDate day, int hour) {
        ApiClient.Response booked = desk.post("/api/v1/appointments", """
                {"patientId":"%s","episodeId":"%s","therapistId":"%s","start":"%s","minutes":45,"type":"TREATMENT"}"""
                .formatted(clinic.patient().id(), clinic.episode().id(), clinic.user(Role.PT).id(),
                        day.atTime(hour, 0).atZone(zone).toOffsetDateTime()));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        return booked.json().get("id").asString();
    }

    private IGenericClient client(Role role) {
        ApiClient api = ApiClient.signedIn(port, clinic.user(role).email(), TestClinics.PASSWORD);
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(
                ca.uhn.fhir.rest.client.api.ServerValidationModeEnum.NEVER);
        IGenericClient client = context.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        client.registerInterceptor(new BearerTokenAuthInterceptor(api.token()));
        return client;
    }

    private static void valid(Resource resource) {
        var errors = UsCore.errors(resource);
        assertThat(errors).as(resource.fhirType() + "/" + resource.getIdPart() + "\n" + UsCore.describe(errors))
                .isEmpty();
    }

    private static <R extends Resource> List<R> matches(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream().filter(e -> e.getSearch().getMode() != Bundle.SearchEntryMode.INCLUDE)
                .map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
    }

    private static List<Resource> included(Bundle bundle) {
        return bundle.getEntry().stream().filter(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
                .map(Bundle.BundleEntryComponent::getResource).toList();
    }

    @Test
    void cliniciansArePractitionersPagedAndFoundByNpiAndName() {
        Bundle first = fhir.search().forResource(Practitioner.class).count(2).returnBundle(Bundle.class).execute();
        assertThat(first.getTotal()).isEqualTo(3);
        assertThat(first.getEntry()).hasSize(2);
        assertThat(first.getLink(Bundle.LINK_NEXT)).isNotNull();
        Bundle second = fhir.loadPage().next(first).execute();
        assertThat(second.getEntry()).hasSize(1);
        List<String> ids = new java.util.ArrayList<>();
        for (Bundle page : List.of(first, second)) {
            for (Practitioner practitioner : matches(page, Practitioner.class)) {
                valid(practitioner);
                ids.add(practitioner.getIdPart());
            }
        }
        assertThat(ids).containsExactlyInAnyOrder(clinic.user(Role.PT).id().toString(),
                clinic.user(Role.PTA).id().toString(), clinic.user(Role.CLINIC_ADMIN).id().toString());

        Practitioner pt = fhir.read().resource(Practitioner.class).withId(clinic.user(Role.PT).id().toString())
                .execute();
        assertThat(pt.getIdentifier()).anySatisfy(i -> {
            assertThat(i.getSystem()).isEqualTo(FhirSystems.NPI);
            assertThat(i.getValue()).isEqualTo(PT_NPI);
        });
        assertThat(pt.getTelecomFirstRep().getValue()).isEqualTo(clinic.user(Role.PT).email());
        assertThat(pt.getMeta().getVersionId()).isNotBlank();
        Practitioner pta = fhir.read().resource(Practitioner.class).withId(clinic.user(Role.PTA).id().toString())
                .execute();
        assertThat(pta.getIdentifier()).singleElement().satisfies(i -> assertThat(i.getSystem())
                .isEqualTo("https://rhomboid.org/fhir/sid/staff/" + clinic.id()));
        valid(pta);

        Bundle byNpi = fhir.search().forResource(Practitioner.class)
                .where(Practitioner.IDENTIFIER.exactly().systemAndCode(FhirSystems.NPI, PT_NPI))
                .returnBundle(Bundle.class).execute();
        assertThat(matches(byNpi, Practitioner.class)).extracting(Resource::getIdPart)
                .containsExactly(clinic.user(Role.PT).id().toString());
        String family = pta.getNameFirstRep().getFamily();
        Bundle byName = fhir.search().forResource(Practitioner.class)
                .where(Practitioner.NAME.matches().value("physical therapist assist")).returnBundle(Bundle.class)
                .execute();
        assertThat(matches(byName, Practitioner.class)).extracting(Resource::getIdPart)
                .containsExactly(clinic.user(Role.PTA).id().toString());
        assertThat(family).isNotBlank();

        // The front desk and the biller do not treat: no Practitioner; another clinic's therapist is not found.
        for (UUID notOne : List.of(clinic.user(Role.FRONT_DESK).id(), clinic.user(Role.BILLER).id(),
                other.user(Role.PT).id())) {
            assertThatThrownBy(() -> fhir.read().resource(Practitioner.class).withId(notOne.toString()).execute())
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void practitionerRolesNameTheTaxonomyAndIncludeWhoAndWhere() {
        Bundle bundle = fhir.search().forResource(PractitionerRole.class)
                .where(PractitionerRole.PRACTITIONER.hasId(clinic.user(Role.PT).id().toString()))
                .include(PractitionerRole.INCLUDE_PRACTITIONER).include(PractitionerRole.INCLUDE_ORGANIZATION)
                .returnBundle(Bundle.class).execute();
        PractitionerRole role = matches(bundle, PractitionerRole.class).get(0);
        assertThat(matches(bundle, PractitionerRole.class)).hasSize(1);
        assertThat(role.getCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("225100000X");
        valid(role);
        assertThat(included(bundle)).extracting(r -> r.fhirType() + "/" + r.getIdPart()).containsExactlyInAnyOrder(
                "Practitioner/" + clinic.user(Role.PT).id(), "Organization/" + clinic.id());
        included(bundle).forEach(FhirAdministrativeIT::valid);

        PractitionerRole assistant = fhir.read().resource(PractitionerRole.class)
                .withId(clinic.user(Role.PTA).id().toString()).execute();
        assertThat(assistant.getCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("225200000X");
        valid(assistant);
        assertThatThrownBy(() -> fhir.read().resource(PractitionerRole.class)
                .withId(other.user(Role.PTA).id().toString()).execute()).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theClinicAndItsPayersAreOrganizations() {
        Organization own = fhir.read().resource(Organization.class).withId(clinic.id().toString()).execute();
        valid(own);
        assertThat(own.getName()).isEqualTo("Harbor Street PT");
        assertThat(own.getIdentifier()).extracting(i -> i.getSystem() + "|" + i.getValue())
                .containsExactlyInAnyOrder(FhirSystems.NPI + "|1245319599", FhirSystems.EIN + "|12-3456789");
        assertThat(own.getAddressFirstRep().getPostalCode()).isEqualTo("04101-3301");
        assertThat(own.getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("prov");

        Bundle payers = fhir.search().forResource(Organization.class)
                .where(Organization.TYPE.exactly().code("pay")).returnBundle(Bundle.class).execute();
        assertThat(matches(payers, Organization.class)).extracting(Organization::getName)
                .containsExactly("Aetna Choice", "Novitas Solutions JL");
        matches(payers, Organization.class).forEach(FhirAdministrativeIT::valid);
        Bundle byName = fhir.search().forResource(Organization.class)
                .where(Organization.NAME.matches().value("novitas")).returnBundle(Bundle.class).execute();
        assertThat(matches(byName, Organization.class)).extracting(Resource::getIdPart)
                .containsExactly(medicare.toString());
        Bundle byNpi = fhir.search().forResource(Organization.class)
                .where(Organization.IDENTIFIER.exactly().systemAndCode(FhirSystems.NPI, "1245319599"))
                .returnBundle(Bundle.class).execute();
        assertThat(matches(byNpi, Organization.class)).extracting(Resource::getIdPart)
                .containsExactly(clinic.id().toString());
        Bundle all = fhir.search().forResource(Organization.class).count(2).returnBundle(Bundle.class).execute();
        assertThat(all.getTotal()).isEqualTo(3);
        assertThat(fhir.loadPage().next(all).execute().getEntry()).hasSize(1);

        assertThatThrownBy(() -> fhir.read().resource(Organization.class).withId(other.id().toString()).execute())
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void coveragesNameTheMemberThePayerAndTheHolder() {
        IGenericClient biller = client(Role.BILLER);
        Bundle bundle = biller.search().forResource(Coverage.class)
                .where(Coverage.PATIENT.hasId(clinic.patient().id().toString())).include(Coverage.INCLUDE_PAYOR)
                .returnBundle(Bundle.class).execute();
        List<Coverage> coverages = matches(bundle, Coverage.class);
        assertThat(coverages).hasSize(2);
        coverages.forEach(FhirAdministrativeIT::valid);
        Coverage spouse = coverages.stream().filter(c -> c.getOrder() == 2).findFirst().orElseThrow();
        assertThat(spouse.getRelationship().getCodingFirstRep().getCode()).isEqualTo("spouse");
        assertThat(spouse.getIdentifierFirstRep().getValue()).isEqualTo("W1234");
        assertThat(spouse.getType().getCodingFirstRep().getCode()).isEqualTo("512");
        assertThat(spouse.getContained()).singleElement().isInstanceOf(RelatedPerson.class);
        assertThat(spouse.getPayorFirstRep().getReference()).isEqualTo("Organization/" + aetna);
        Coverage own = coverages.stream().filter(c -> c.getOrder() == 1).findFirst().orElseThrow();
        assertThat(own.getSubscriber().getReference()).isEqualTo("Patient/" + clinic.patient().id());
        assertThat(own.getType().getCodingFirstRep().getCode()).isEqualTo("1");
        assertThat(included(bundle)).extracting(Resource::getIdPart)
                .containsExactlyInAnyOrder(medicare.toString(), aetna.toString());

        Coverage read = client(Role.FRONT_DESK).read().resource(Coverage.class).withId(own.getIdPart()).execute();
        assertThat(read.getPeriod().getStartElement().getValueAsString())
                .isEqualTo(LocalDate.now().minusYears(1).toString());
        Bundle paged = fhir.search().forResource(Coverage.class)
                .where(Coverage.PATIENT.hasId(clinic.patient().id().toString())).count(1)
                .returnBundle(Bundle.class).execute();
        assertThat(paged.getTotal()).isEqualTo(2);
        assertThat(matches(fhir.loadPage().next(paged).execute(), Coverage.class)).hasSize(1);

        assertThatThrownBy(() -> fhir.search().forResource(Coverage.class)
                .where(Coverage.PATIENT.hasId(other.patient().id().toString())).returnBundle(Bundle.class).execute())
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> fhir.read().resource(Coverage.class).withId(UUID.randomUUID().toString()).execute())
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theEpisodeIsAnEpisodeOfCare() {
        EpisodeOfCare episode = fhir.read().resource(EpisodeOfCare.class)
                .withId(clinic.episode().id().toString()).execute();
        valid(episode);
        assertThat(episode.getStatus()).isEqualTo(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        assertThat(episode.getCareManager().getReference()).isEqualTo("Practitioner/" + clinic.user(Role.PT).id());
        assertThat(episode.getManagingOrganization().getReference()).isEqualTo("Organization/" + clinic.id());

        Bundle found = client(Role.FRONT_DESK).search().forResource(EpisodeOfCare.class)
                .where(EpisodeOfCare.PATIENT.hasId(clinic.patient().id().toString()))
                .and(EpisodeOfCare.STATUS.exactly().code("active"))
                .and(EpisodeOfCare.DATE.afterOrEquals().day(LocalDate.now().minusDays(1).toString()))
                .include(EpisodeOfCare.INCLUDE_PATIENT).returnBundle(Bundle.class).execute();
        assertThat(matches(found, EpisodeOfCare.class)).extracting(Resource::getIdPart)
                .containsExactly(clinic.episode().id().toString());
        assertThat(included(found)).extracting(r -> r.fhirType() + "/" + r.getIdPart())
                .containsExactly("Patient/" + clinic.patient().id());
        Bundle finished = fhir.search().forResource(EpisodeOfCare.class)
                .where(EpisodeOfCare.PATIENT.hasId(clinic.patient().id().toString()))
                .and(EpisodeOfCare.STATUS.exactly().code("finished")).returnBundle(Bundle.class).execute();
        assertThat(finished.getEntry()).isEmpty();
        Bundle before = fhir.search().forResource(EpisodeOfCare.class)
                .where(EpisodeOfCare.PATIENT.hasId(clinic.patient().id().toString()))
                .and(EpisodeOfCare.DATE.before().day(LocalDate.now().minusMonths(2).toString()))
                .returnBundle(Bundle.class).execute();
        assertThat(before.getEntry()).isEmpty();

        assertThatThrownBy(() -> fhir.read().resource(EpisodeOfCare.class).withId(other.episode().id().toString())
                .execute()).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theScheduleIsAppointments() {
        IGenericClient desk = client(Role.FRONT_DESK);
        Bundle first = desk.search().forResource(Appointment.class)
                .where(Appointment.PATIENT.hasId(clinic.patient().id().toString()))
                .include(Appointment.INCLUDE_PRACTITIONER).count(2).returnBundle(Bundle.class).execute();
        assertThat(first.getTotal()).isEqualTo(3);
        List<Appointment> page = matches(first, Appointment.class);
        assertThat(page).extracting(Resource::getIdPart).containsExactly(appointments.get(0), appointments.get(1));
        page.forEach(FhirAdministrativeIT::valid);
        assertThat(page.get(0).getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThat(page.get(0).getParticipant()).extracting(p -> p.getActor().getReference())
                .containsExactly("Patient/" + clinic.patient().id(), "Practitioner/" + clinic.user(Role.PT).id());
        assertThat(included(first)).extracting(r -> r.fhirType() + "/" + r.getIdPart())
                .containsExactly("Practitioner/" + clinic.user(Role.PT).id());
        Bundle second = desk.loadPage().next(first).execute();
        assertThat(matches(second, Appointment.class)).extracting(Resource::getIdPart)
                .containsExactly(appointments.get(2));

        Bundle noShows = fhir.search().forResource(Appointment.class)
                .where(Appointment.PRACTITIONER.hasId(clinic.user(Role.PT).id().toString()))
                .and(Appointment.STATUS.exactly().code("noshow"))
                .and(Appointment.DATE.afterOrEquals().day(LocalDate.now().toString()))
                .returnBundle(Bundle.class).execute();
        List<Appointment> missed = matches(noShows, Appointment.class);
        assertThat(missed).extracting(Resource::getIdPart).containsExactly(appointments.get(2));
        valid(missed.get(0));
        Bundle yesterday = fhir.search().forResource(Appointment.class)
                .where(Appointment.PATIENT.hasId(clinic.patient().id().toString()))
                .and(Appointment.DATE.exactly().day(LocalDate.now().minusDays(1).toString()))
                .returnBundle(Bundle.class).execute();
        assertThat(yesterday.getEntry()).isEmpty();

        assertThatThrownBy(() -> fhir.read().resource(Appointment.class).withId(UUID.randomUUID().toString())
                .execute()).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aRestrictedRecordIsForItsCareTeamAndLeftOutOfSearches() {
        TestClinics.Clinic vip = clinics.create("Vipsworth");
        WebSession admin = WebSession.signIn(port, vip.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        String chart = "/patients/" + vip.patient().id();
        assertThat(admin.postMulti(chart + "/restriction", Map.of("restriction", List.of("VIP"),
                "careTeam", List.of(vip.user(Role.BILLER).id().toString())), chart).status()).isEqualTo(302);
        String episode = vip.episode().id().toString();
        for (Role outside : List.of(Role.PTA, Role.FRONT_DESK)) {
            ApiClient api = ApiClient.signedIn(port, vip.user(outside).email(), TestClinics.PASSWORD);
            ApiClient.Response read = api.send("GET", "/fhir/EpisodeOfCare/" + episode, null,
                    "application/fhir+json");
            assertThat(read.status()).as(outside + " " + read.body()).isEqualTo(403);
            assertThat(read.body()).contains("OperationOutcome").doesNotContain("Vipsworth");
            ApiClient.Response search = api.send("GET", "/fhir/EpisodeOfCare?status=active", null,
                    "application/fhir+json");
            assertThat(search.status()).isEqualTo(200);
            assertThat(search.body()).doesNotContain(episode);
        }
        ApiClient biller = ApiClient.signedIn(port, vip.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(biller.send("GET", "/fhir/EpisodeOfCare?status=active", null, "application/fhir+json").body())
                .contains(episode);
    }

    @Test
    void unknownParametersAndUnsupportedIncludesAreRefused() {
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        for (String path : List.of("/fhir/Coverage?patient=" + clinic.patient().id() + "&colour=blue",
                "/fhir/Appointment?patient=" + clinic.patient().id() + "&_include=Appointment:location",
                "/fhir/Practitioner?email=x", "/fhir/Coverage")) {
            ApiClient.Response response = api.send("GET", path, null, "application/fhir+json");
            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(400);
            assertThat(response.body()).contains("OperationOutcome");
        }
        ApiClient.Response foreign = api.send("GET", "/fhir/Organization/" + other.id(), null,
                "application/fhir+json");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).contains("OperationOutcome").doesNotContain("Elsewhere");
    }
}
