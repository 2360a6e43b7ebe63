package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.rhomboid.account.Role;
import org.rhomboid.support.Browser;
import org.rhomboid.support.ClinicBilling;
import org.rhomboid.support.Pdfs;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visit billed and its amount billed to the patient; the front desk opens the patient's balance from the chart,
 * takes a card payment (last four digits) and opens its receipt; the biller prints the patient's statement.
 */
@RhomboidIntegrationTest
class PatientBalanceBrowserIT {

    private static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    javax.sql.DataSource owner;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The PDF at the link, fetched by the browser with its own session, as text. */
    private String pdfText(String href) throws Exception {
        Object base64 = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                });""", href);
        return Pdfs.text(Base64.getDecoder().decode((String) base64));
    }

    @Test
    void theDeskTakesACardPaymentWithItsReceiptAndTheBillerPrintsTheStatement() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Balancefield");
        ClinicBilling.setUp(port, owner, clinic, "1234567893", "Dr. Alan Brooks", "1679576722");
        JdbcClient.create(owner).sql("update patient set primary_payer = 'COMMERCIAL', member_id = 'W100000001'"
                + " where id = :id").param("id", clinic.patient().id()).update();
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(10));
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        ClinicBilling.signDailyNote(therapist, clinic, TODAY.minusDays(2));
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        String range = "/billing/claims?from=" + TODAY.minusDays(3) + "&to=" + TODAY;
        biller.get(range);
        HttpResponse<String> created = biller.postForResponse("/billing/claims/batches",
                Map.of("from", TODAY.minusDays(3).toString(), "to", TODAY.toString()), range);
        assertThat(created.statusCode()).isEqualTo(200);
        String claimId = JdbcClient.create(owner).sql("select claim_id from claim_batch_note where clinic_id = :c")
                .param("c", clinic.id()).query(String.class).single();
        String balance = "/patients/" + clinic.patient().id() + "/balance";
        biller.get("/billing/claims/" + claimId + "/bill-patient");
        assertThat(biller.post("/billing/claims/" + claimId + "/bill-patient", Map.of("amount", "40.00",
                "note", "Not covered by the plan"), "/billing/claims/" + claimId + "/bill-patient").status())
                .isEqualTo(302);

        browser = Browser.start(1280, 900);
        Browser.signIn(browser, port, clinic.user(Role.FRONT_DESK).email());
        browser.get("http://localhost:" + port + "/patients/" + clinic.patient().id());
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("balance-link")));
        assertThat(browser.findElement(By.id("patient-owes")).getText()).isEqualTo("$40.00");
        assertThat(browser.findElements(By.linkText("Write off"))).isEmpty();
        new Select(browser.findElement(By.id("method"))).selectByValue("CARD");
        browser.findElement(By.id("amount")).sendKeys("25.00");
        browser.findElement(By.id("cardLast4")).sendKeys("4242");
        Browser.clickAndWaitForPage(browser, Browser.scrollTo(browser, browser.findElement(By.id("record-payment"))));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Payment recorded.");
        assertThat(browser.findElement(By.id("patient-owes")).getText()).isEqualTo("$15.00");
        assertThat(browser.findElement(By.id("payments")).getText()).contains("Card", "ending 4242", "$25.00");
        Browser.screenshot(browser, "patient-balance");
        String receipt = pdfText(browser.findElement(By.id("new-receipt")).getAttribute("href"));
        assertThat(receipt).contains("Payment receipt", "Harbor Street PT", "$25.00", "ending in 4242", claimId,
                "Balance still due after this payment: $15.00");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, clinic.user(Role.BILLER).email());
        browser.get("http://localhost:" + port + balance);
        assertThat(browser.findElements(By.linkText("Write off"))).hasSize(1);
        String statement = pdfText(browser.findElement(By.id("statement-pdf")).getAttribute("href"));
        // The services by description (the table's narrow column wraps "Therapeutic exercise").
        assertThat(statement).contains("Statement", "Harbor Street PT", "7 Oak Street", "Therapeutic", "exercise",
                "$25.00", "Total due: $15.00").doesNotContain("M54.6").doesNotContain("Routine visit");
    }
}
