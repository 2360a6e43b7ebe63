package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front desk files a referral another system sent by FHIR: opens the referral inbox from the top bar, opens the
 * referral, registers its patient (names, birth date, sex and referrer filled in from the referral; the payer chosen)
 * and the referral leaves the inbox for "Recently decided", the patient registered with the referring provider.
 */
@RhomboidIntegrationTest
class ReferralInboxBrowserIT {

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
    void theFrontDeskFilesAReferralByRegisteringThePatient() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Referralpage");
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        ApiClient.Response sent = api.send("POST", "/fhir/ServiceRequest", """
                {"resourceType":"ServiceRequest","status":"active","intent":"order",
                 "code":{"text":"Physical therapy evaluation and treatment"},
                 "contained":[{"resourceType":"Patient","id":"p1","name":[{"family":"Abernathy","given":["Wren"]}],
                               "birthDate":"1968-11-02","gender":"female"}],
                 "subject":{"reference":"#p1"},
                 "requester":{"display":"Dr. Omar Reyes",
                              "identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567893"}},
                 "reasonCode":[{"text":"Rotator cuff repair, post-op week 4"}]}""", "application/fhir+json");
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);

        browser = Browser.start(1280, 900);
        Browser.signIn(browser, port, clinic.user(Role.FRONT_DESK).email());
        Browser.clickAndWaitForPage(browser, browser.findElement(By.linkText("Referrals")));
        assertThat(browser.findElement(By.id("waiting")).getText()).contains("Abernathy, Wren", "Dr. Omar Reyes",
                "Rotator cuff repair");
        Browser.screenshot(browser, "referral-inbox");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.linkText("Abernathy, Wren")));
        assertThat(browser.findElement(By.id("referral")).getText()).contains("Abernathy, Wren", "Female",
                "Dr. Omar Reyes (NPI 1234567893)");
        assertThat(browser.findElement(By.id("familyName")).getAttribute("value")).isEqualTo("Abernathy");
        assertThat(browser.findElement(By.id("referringProviderNpi")).getAttribute("value")).isEqualTo("1234567893");

        // Registering without a payer is refused beside the field, the rest kept.
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("register-and-file")));
        assertThat(browser.findElement(By.id("error-summary")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("givenName")).getAttribute("value")).isEqualTo("Wren");

        new Select(browser.findElement(By.id("primaryPayer"))).selectByValue("SELF_PAY");
        Browser.screenshot(browser, "referral-file");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("register-and-file")));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("Registered Wren Abernathy",
                "filed the referral");
        assertThat(browser.findElement(By.id("inbox-empty")).getText()).contains("No referral is waiting");
        assertThat(browser.findElement(By.id("decided")).getText()).contains("Abernathy, Wren",
                "Filed to the patient's chart");

        String referrer = JdbcClient.create(owner).sql("select referring_provider_name from patient"
                        + " where clinic_id = :c and family_name = 'Abernathy'")
                .param("c", clinic.id()).query(String.class).single();
        assertThat(referrer).isEqualTo("Dr. Omar Reyes");
    }
}
