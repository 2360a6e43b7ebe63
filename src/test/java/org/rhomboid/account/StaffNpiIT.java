package org.rhomboid.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Therapists' NPIs, which claims name as the rendering provider, are kept by the administrator and checked. */
@RhomboidIntegrationTest
class StaffNpiIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    @Test
    void anNpiIsCheckedWhenStaffAreAddedAndWhenItIsChanged() {
        TestClinics.Clinic clinic = clinics.create("Npiville");
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        Map<String, List<String>> form = new HashMap<>(Map.of("email", List.of("new.pt@npiville.test"),
                "displayName", List.of("Nia Park, PT"), "password", List.of("a-long-first-password"),
                "roles", List.of("PT"), "npi", List.of("1234567890")));
        WebSession.Page refused = admin.postMulti("/admin/staff", form, "/admin/staff");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("its check digit does not match").contains("value=\"Nia Park, PT\"");
        form.put("npi", List.of("1234567893"));
        assertThat(admin.postMulti("/admin/staff", form, "/admin/staff").status()).isEqualTo(302);
        assertThat(npiOf("new.pt@npiville.test")).isEqualTo("1234567893");

        String assistant = clinic.user(Role.PTA).id().toString();
        admin.post("/admin/staff/" + assistant + "/npi", Map.of("npi", "12345"), "/admin/staff");
        assertThat(admin.get("/admin/staff").body()).contains("This is not a valid NPI");
        assertThat(npiOf(clinic.user(Role.PTA).email())).isNull();
        assertThat(admin.post("/admin/staff/" + assistant + "/npi", Map.of("npi", " 1234567893 "), "/admin/staff")
                .status()).isEqualTo(302);
        assertThat(npiOf(clinic.user(Role.PTA).email())).isEqualTo("1234567893");

        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(therapist.post("/admin/staff/" + assistant + "/npi", Map.of("npi", ""), "/patients").status())
                .isEqualTo(403);
    }

    private String npiOf(String email) {
        return JdbcClient.create(owner).sql("select npi from app_user where email = :e").param("e", email)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }
}
