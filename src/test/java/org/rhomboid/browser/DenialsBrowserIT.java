package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rhomboid.account.Role;
import org.rhomboid.remittance.RemittanceFiles;
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
 * The biller works a remittance: uploads an 835 with one line reported with other units than billed, matches that
 * line by hand to its claim, opens the denials worklist, reads why the denied claim was denied (CO-197 and N54 in
 * plain words, the likely cause: authorization), opens its appeal letter (a PDF naming the claim, the payer's claim
 * number and the cause), and marks the denial worked so it leaves the list.
 */
@RhomboidIntegrationTest
class DenialsBrowserIT {

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

    @Test
    void theBillerMatchesALineByHandAndWorksADenialWithAnAppealLetter() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Denialpage");
        ClinicBilling.setUp(port, owner, clinic, "1234567893", "Dr. Alan Brooks", "1679576722");
        JdbcClient.create(owner).sql("update patient set primary_payer = 'COMMERCIAL', member_id = 'W100000001'"
                + " where id = :id").param("id", clinic.patient().id()).update();
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(10));
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        ClinicBilling.signDailyNote(therapist, clinic, TODAY.minusDays(2));
        ClinicBilling.signDailyNote(therapist, clinic, TODAY.minusDays(1));
        WebSession billing = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        String range = "/billing/claims?from=" + TODAY.minusDays(12) + "&to=" + TODAY;
        billing.get(range);
        HttpResponse<String> batch = billing.postForResponse("/billing/claims/batches",
                Map.of("from", TODAY.minusDays(12).toString(), "to", TODAY.toString()), range);
        assertThat(batch.statusCode()).isEqualTo(200);
        List<String> claims = RemittanceFiles.claimIds(batch.body());
        String trace = "EFTDEN" + clinic.id().toString().substring(0, 8).toUpperCase();
        Path file = Files.createTempFile("era", ".835");
        Files.writeString(file, RemittanceFiles.eraWithOneUnmatchedLine(batch.body(), trace),
                StandardCharsets.US_ASCII);
        try {
            browser = Browser.start(1280, 900);
            Browser.signIn(browser, port, clinic.user(Role.BILLER).email());
            browser.get("http://localhost:" + port + "/billing/remittances");
            browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            Browser.clickAndWaitForPage(browser, browser.findElement(By.id("post-remittance")));
            assertThat(browser.findElement(By.id("notice")).getText()).contains("Posted payment " + trace,
                    "2 to match by hand");

            // The line of the first claim, reported with one unit more than billed: matched by hand to its claim.
            WebElement line = browser.findElements(By.cssSelector("#unmatched tbody tr")).stream()
                    .filter(row -> row.getText().contains(claims.get(0))).findFirst().orElseThrow();
            Browser.clickAndWaitForPage(browser, line.findElement(By.linkText("Match by hand")));
            assertThat(browser.findElement(By.id("item")).getText()).contains(claims.get(0), trace);
            WebElement found = browser.findElement(By.id("found"));
            assertThat(found.getText()).contains(claims.get(0), clinic.patient().familyName());
            Browser.screenshot(browser, "match-by-hand");
            Browser.clickAndWaitForPage(browser, browser.findElement(By.id("confirm-match")));
            assertThat(browser.findElement(By.id("notice")).getText()).contains("Matched the payment of "
                    + claims.get(0), "to claim " + claims.get(0));
            assertThat(browser.findElements(By.cssSelector("#unmatched tbody tr"))).hasSize(1)
                    .allSatisfy(row -> assertThat(row.getText()).contains("ZZUNKNOWN001"));

            // The denials worklist: the second claim, denied for want of an authorization.
            Browser.clickAndWaitForPage(browser, browser.findElement(By.id("denials-link")));
            List<WebElement> denials = browser.findElements(By.cssSelector("section.denial"));
            assertThat(denials).hasSize(1);
            WebElement denial = denials.get(0);
            assertThat(denial.getText()).contains("Claim " + claims.get(1), "Denied", "PCN2", "CO-197",
                    "authorization", "N54", "Authorization missing or exceeded",
                    "Correct and resubmit as frequency 7");
            assertThat(denial.findElement(By.cssSelector("a.correct")).getAttribute("href"))
                    .endsWith("/billing/claims/" + claims.get(1));
            assertThat(denial.findElement(By.cssSelector("a.write-off")).getAttribute("href"))
                    .endsWith("/billing/claims/" + claims.get(1) + "/write-off");
            assertThat(denial.findElement(By.cssSelector("a.bill-patient")).getAttribute("href"))
                    .endsWith("/billing/claims/" + claims.get(1) + "/bill-patient");
            Browser.screenshot(browser, "denials");

            // The appeal letter, fetched in the browser's session.
            String appeal = denial.findElement(By.cssSelector("a.appeal")).getAttribute("href");
            String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(appeal))
                    .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(Pdfs.text(pdf.body())).contains("Request for reconsideration", claims.get(1), "PCN2",
                    "ACME HEALTH PLAN", "CO-197", "N54", "Authorization missing or exceeded",
                    clinic.patient().familyName());

            // Worked: appealed. It leaves the list.
            new Select(denial.findElement(By.cssSelector("select[name=action]"))).selectByVisibleText("Appealed");
            denial.findElement(By.cssSelector("input[name=note]")).sendKeys("Appeal faxed with the authorization");
            Browser.clickAndWaitForPage(browser, denial.findElement(By.cssSelector("button.mark-worked")));
            assertThat(browser.findElement(By.id("notice")).getText()).contains("marked worked", "Appealed");
            assertThat(browser.findElement(By.id("no-denials")).getText()).contains("No denials to work");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
