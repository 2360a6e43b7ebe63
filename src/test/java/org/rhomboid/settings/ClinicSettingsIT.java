package org.rhomboid.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator keeps the letterhead, billing identifiers, co-signature policy and patients' link lifetimes. */
@RhomboidIntegrationTest
class ClinicSettingsIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    @Test
    void detailsAreCheckedBesideEachFieldKeptAsTypedAndSaved() {
        TestClinics.Clinic clinic = clinics.create("Letterhead");
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        assertThat(admin.get("/admin/clinic").body()).contains("Clinic details").contains("checked");

        Map<String, String> form = new HashMap<>(Map.of("name", "Harbor Street PT", "addressLine", "12 Harbor Street",
                "city", "Portland", "state", "Maine", "postalCode", "041", "phone", "(555) 010-1000",
                "npi", "1234567890", "taxId", "12-3456789"));
        form.put("lateEntryDays", "0");
        form.putAll(Map.of("intakeLinkDays", "7", "measuresLinkDays", "7", "portalGraceDays", "30"));
        WebSession.Page refused = admin.post("/admin/clinic", form, "/admin/clinic");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Two letters, e.g. ME").contains("Five digits, or ZIP+4")
                .contains("its check digit does not match").contains("value=\"12 Harbor Street\"")
                .contains("Give a number of days from 1 to 30");

        form.put("state", "me");
        form.put("postalCode", "04101");
        form.put("npi", "1234567893");
        form.put("lateEntryDays", "5");
        WebSession.Page saved = admin.post("/admin/clinic", form, "/admin/clinic");
        assertThat(saved.status()).isEqualTo(302);
        String page = admin.get("/admin/clinic").body();
        assertThat(page).contains("Clinic details saved").contains("value=\"ME\"").contains("value=\"1234567893\"")
                .contains("value=\"12-3456789\"").contains("value=\"5\"");
        // The co-signature box was not sent, so it is now off.
        assertThat(page).doesNotContain("name=\"requiresCosign\" value=\"true\" checked");
        // The change is in the audit trail by field name, never by value.
        String trail = admin.get("/admin/audit?action=UPDATE").body();
        assertThat(trail).contains("Clinic settings").contains("changed: name, address line, city, state, postal code,")
                .contains("requires cosign, late entry days").doesNotContain("12-3456789");

        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(therapist.get("/admin/clinic").status()).isEqualTo(403);
    }
}
