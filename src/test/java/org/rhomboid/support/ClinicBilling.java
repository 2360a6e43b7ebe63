package org.rhomboid.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.rhomboid.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test clinic made ready to bill, through its own pages (administrator, biller): the clinic's NPI, EIN and
 * ZIP+4, the therapist's NPI, the patient's address and referring physician, the clearinghouse and payers, fees for
 * the evaluation and treatment codes; and routine daily notes signed over HTTP.
 */
public final class ClinicBilling {

    private static final Pattern NOTE = Pattern.compile("/notes/([0-9a-f-]{36})");

    private ClinicBilling() {
    }

    public static void setUp(int port, DataSource owner, TestClinics.Clinic clinic, String therapistNpi,
                             String physician, String physicianNpi) {
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        assertThat(admin.post("/admin/clinic", Map.ofEntries(Map.entry("name", "Harbor Street PT"),
                Map.entry("addressLine", "12 Harbor Street"), Map.entry("city", "Portland"),
                Map.entry("state", "ME"), Map.entry("postalCode", "04101-3301"),
                Map.entry("npi", "1245319599"), Map.entry("taxId", "12-3456789"),
                Map.entry("requiresCosign", "true"), Map.entry("lateEntryDays", "3"),
                Map.entry("intakeLinkDays", "7"), Map.entry("measuresLinkDays", "7"),
                Map.entry("portalGraceDays", "30")), "/admin/clinic").status())
                .isEqualTo(302);
        JdbcClient db = JdbcClient.create(owner);
        db.sql("update app_user set npi = :npi where id = :id").param("npi", therapistNpi)
                .param("id", clinic.user(Role.PT).id()).update();
        db.sql("update patient set address_line = '7 Oak Street', city = 'Portland', state = 'ME',"
                        + " postal_code = '04102', referring_provider_name = :name, referring_provider_npi = :npi"
                        + " where id = :id")
                .param("name", physician).param("npi", physicianNpi).param("id", clinic.patient().id()).update();
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(biller.post("/billing/settings", Map.ofEntries(Map.entry("taxonomy", "225100000X"),
                Map.entry("placeOfService", "11"), Map.entry("senderId", "HARBORPT"), Map.entry("receiverId", "CLEARCO"),
                Map.entry("receiverName", "Clear Co"), Map.entry("submitterName", "Harbor Street PT"),
                Map.entry("contactName", "Morgan Hale"), Map.entry("contactPhone", "(207) 555-0100"),
                Map.entry("usage", "T"), Map.entry("nextControlNumber", "1"),
                Map.entry("payerName_MEDICARE", "Medicare Part B"), Map.entry("payerId_MEDICARE", "MCR01"),
                Map.entry("payerName_COMMERCIAL", "Acme Health"), Map.entry("payerId_COMMERCIAL", "ACME1")),
                "/billing/settings").status()).isEqualTo(302);
        assertThat(biller.post("/billing/fees", Map.of("charge_97161", "150", "charge_97162", "175",
                "charge_97163", "200", "charge_97110", "55", "charge_97112", "58", "charge_97140", "52"),
                "/billing/fees").status()).isEqualTo(302);
    }

    /** A routine visit, signed by {@code therapist} without the browser: 97110 for 25 minutes. */
    public static void signDailyNote(WebSession therapist, TestClinics.Clinic whose, LocalDate visit) {
        String notes = "/episodes/" + whose.episode().id() + "/notes";
        WebSession.Page started = therapist.post(notes, Map.of("kind", "DAILY_NOTE"), notes);
        Matcher note = NOTE.matcher(started.location());
        assertThat(note.find()).isTrue();
        Map<String, List<String>> form = new HashMap<>(Map.of("visitDate", List.of(visit.toString()),
                "i0.code", List.of("97110"), "i0.minutes", List.of("25"), "totalTreatmentMinutes", List.of("30"),
                "assessment", List.of("Routine visit; progressing."), "action", List.of("sign")));
        assertThat(therapist.postMulti(note.group(), form, note.group()).status()).as("signed " + visit).isEqualTo(302);
    }
}
