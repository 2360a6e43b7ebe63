package org.rhomboid.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EpisodeApiIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    TestClinics.Clinic clinic;
    ApiClient pt;

    @BeforeAll
    void signIn() {
        clinic = clinics.create("Episodic");
        pt = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
    }

    private String episode(String onset, String status, Object therapist, Integer version) {
        return """
                {"bodyRegion":"THORACIC","onsetDate":"%s","mechanism":"SUDDEN_MOVEMENT","status":%s,
                 "treatingTherapistId":"%s","version":%s}""".formatted(onset,
                status == null ? "null" : "\"" + status + "\"", therapist, version);
    }

    private String patientEpisodes() {
        return "/api/v1/patients/" + clinic.patient().id() + "/episodes";
    }

    @Test
    void openListChangeAndDischarge() {
        String therapist = clinic.user(Role.PT).id().toString();
        ApiClient.Response opened = pt.post(patientEpisodes(), episode("2026-10-01", null, therapist, null));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        assertThat(opened.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.json().get("startedOn").asString()).isEqualTo(LocalDate.now().toString());

        assertThat(pt.get(patientEpisodes()).body()).contains(id);

        ApiClient.Response held = pt.put("/api/v1/episodes/" + id, episode("2026-10-01", "ON_HOLD", therapist, 0));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        ApiClient.Response discharged = pt.put("/api/v1/episodes/" + id,
                episode("2026-10-01", "DISCHARGED", therapist, 1));
        assertThat(discharged.json().get("dischargedOn").asString()).isEqualTo(LocalDate.now().toString());

        ApiClient.Response reopened = pt.put("/api/v1/episodes/" + id, episode("2026-10-01", "OPEN", therapist, 2));
        assertThat(reopened.status()).isEqualTo(400);
        assertThat(reopened.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
    }

    @Test
    void onsetBeforeBirthAndFutureOnsetAreRejected() {
        String therapist = clinic.user(Role.PT).id().toString();
        ApiClient.Response beforeBirth = pt.post(patientEpisodes(), episode("1950-01-01", null, therapist, null));
        assertThat(beforeBirth.status()).isEqualTo(400);
        assertThat(beforeBirth.body()).contains("onsetDate");
        ApiClient.Response future = pt.post(patientEpisodes(),
                episode(LocalDate.now().plusDays(3).toString(), null, therapist, null));
        assertThat(future.status()).isEqualTo(400);
        assertThat(pt.post(patientEpisodes(), episode("2026-01-01", "PAUSED", therapist, null)).status())
                .isEqualTo(400);
    }

    @Test
    void theTreatingTherapistMustBeAPhysicalTherapistOfThisClinic() {
        ApiClient.Response assistant = pt.post(patientEpisodes(),
                episode("2026-10-01", null, clinic.user(Role.PTA).id(), null));
        assertThat(assistant.status()).isEqualTo(400);
        assertThat(assistant.body()).contains("treatingTherapistId");

        TestClinics.Clinic other = clinics.create("Elsewhere");
        ApiClient.Response foreign = pt.post(patientEpisodes(),
                episode("2026-10-01", null, other.user(Role.PT).id(), null));
        assertThat(foreign.status()).isEqualTo(400);
    }

    @Test
    void assistantsAndBillersReadButDoNotOpenEpisodes() {
        String body = episode("2026-10-01", null, clinic.user(Role.PT).id(), null);
        for (Role role : new Role[] {Role.PTA, Role.BILLER}) {
            ApiClient api = ApiClient.signedIn(port, clinic.user(role).email(), TestClinics.PASSWORD);
            assertThat(api.get(patientEpisodes()).status()).isEqualTo(200);
            ApiClient.Response denied = api.post(patientEpisodes(), body);
            assertThat(denied.status()).isEqualTo(403);
            assertThat(denied.contentType()).startsWith("application/problem+json");
        }
    }
}
