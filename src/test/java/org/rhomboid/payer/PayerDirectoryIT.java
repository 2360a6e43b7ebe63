package org.rhomboid.payer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.bootstrap.DemoClinic;
import org.rhomboid.payer.domain.PayerCsv;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The payer directory on real PostgreSQL: a biller adds a payer (mistakes beside their field, what was typed kept),
 * a second of the same name is refused, retiring one keeps it listed as retired, the CSV export reads back, a file
 * with a bad row imports nothing and lists each problem, a good one adds and updates by name, every change is
 * audited, another clinic sees none of it, and the demo clinic comes with a few payers.
 */
@RhomboidIntegrationTest
class PayerDirectoryIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    @Test
    void aBillerKeepsTheDirectoryByHandAndByFile() {
        TestClinics.Clinic clinic = clinics.create("Payerton");
        TestClinics.Clinic other = clinics.create("Otherpay");
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);

        assertThat(biller.get("/billing/payers").body()).contains("No payers yet");
        String newMedicare = "/billing/payers/new?kind=MB";
        String form = biller.get(newMedicare).body();
        assertThat(form).contains("value=\"365\"").contains("value=\"CMS\" checked");

        Map<String, String> typed = new HashMap<>(Map.of("name", "Novitas Solutions JL", "payerId", "1",
                "filingIndicator", "MB", "unitMethod", "AMA", "medicareRules", "yes", "ncci", "yes",
                "distinctModifier", "59", "timelyFilingDays", "365", "active", "yes", "city", "Mechanicsburg"));
        WebSession.Page refused = biller.post("/billing/payers", typed, newMedicare);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("2 to 80 letters or digits").contains("8-minute rule")
                .contains("Enter the street or PO box").contains("value=\"Novitas Solutions JL\"")
                .contains("value=\"Mechanicsburg\"");

        typed.putAll(Map.of("payerId", "12502", "unitMethod", "CMS", "addressLine", "PO Box 3113", "state", "PA",
                "postalCode", "17055-1813"));
        WebSession.Page added = biller.post("/billing/payers", typed, newMedicare);
        assertThat(added.status()).isEqualTo(302);
        String list = biller.get("/billing/payers").body();
        assertThat(list).contains("Novitas Solutions JL").contains("12502").contains("Medicare Part B")
                .contains("PO Box 3113, Mechanicsburg PA 170551813");

        typed.put("name", "novitas solutions jl");
        assertThat(biller.post("/billing/payers", typed, newMedicare).body())
                .contains("already has a payer of this name");

        String id = db().sql("select id::text from payer where clinic_id = :c").param("c", clinic.id())
                .query(String.class).single();
        typed.put("name", "Novitas Solutions JL");
        typed.remove("active");
        assertThat(biller.post("/billing/payers/" + id, typed, "/billing/payers/" + id).status()).isEqualTo(302);
        assertThat(biller.get("/billing/payers").body()).contains("retired");

        // Export, then import a file with a bad row: nothing changes and each problem is named by its line.
        HttpResponse<byte[]> export = biller.getBytes("/billing/payers/export");
        assertThat(export.statusCode()).as(new String(export.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("payers.csv");
        String csv = new String(export.body(), StandardCharsets.UTF_8);
        assertThat(PayerCsv.read(csv).payers()).singleElement()
                .satisfies(p -> assertThat(p.payerId()).isEqualTo("12502"));
        String bad = "name,payer_id,filing_indicator\nAetna,60054,CI\nCigna,6,CI\n";
        WebSession.Page badImport = biller.postMultipart("/billing/payers/import", Map.of(), "file", "payers.csv",
                bad.getBytes(StandardCharsets.UTF_8), "/billing/payers");
        assertThat(badImport.status()).isEqualTo(200);
        assertThat(badImport.body()).contains("Nothing was imported").contains("Line 3, Payer ID");
        assertThat(db().sql("select count(*) from payer where clinic_id = :c").param("c", clinic.id())
                .query(Integer.class).single()).isEqualTo(1);

        String good = "name,payer_id,filing_indicator,active\nAetna,60054,CI,yes\nNovitas Solutions JL,12502,MB,yes\n";
        WebSession.Page goodImport = biller.postMultipart("/billing/payers/import", Map.of(), "file", "payers.csv",
                good.getBytes(StandardCharsets.UTF_8), "/billing/payers");
        assertThat(goodImport.status()).isEqualTo(302);
        assertThat(biller.get("/billing/payers").body()).contains("1 payers added, 1 updated").contains("Aetna")
                .doesNotContain("retired");

        WebSession.Page notText = biller.postMultipart("/billing/payers/import", Map.of(), "file", "payers.xlsx",
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, (byte) 0xc3}, "/billing/payers");
        assertThat(notText.body()).contains("not a UTF-8 text");

        assertThat(db().sql("select action from audit_event where clinic_id = :c and resource_type = 'Payer'"
                        + " order by id").param("c", clinic.id()).query(String.class).list())
                .containsExactly("CREATE", "UPDATE", "EXPORT", "CREATE");

        // Another clinic's biller sees none of it; a front desk member may not open the directory.
        WebSession otherBiller = WebSession.signIn(port, other.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(otherBiller.get("/billing/payers").body()).doesNotContain("Novitas").doesNotContain("Aetna");
        assertThat(otherBiller.get("/billing/payers/" + id).status()).isEqualTo(404);
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        assertThat(frontDesk.get("/billing/payers").status()).isEqualTo(403);
    }

    @Test
    void theDemoClinicComesWithAFewPayersOfEachKind() {
        List<String> indicators = db().sql("select p.filing_indicator from payer p join app_user u"
                        + " on u.clinic_id = p.clinic_id where u.email = :e order by p.filing_indicator")
                .param("e", DemoClinic.PT_EMAIL).query(String.class).list();
        assertThat(indicators).contains("MB", "MC", "CI", "WC", "BL");
    }
}
