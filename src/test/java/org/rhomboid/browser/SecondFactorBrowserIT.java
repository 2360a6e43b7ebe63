package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.rhomboid.account.Role;
import org.rhomboid.account.domain.Base32;
import org.rhomboid.account.domain.OneTimeCodes;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, item 9, in the browser: the administrator requires a second factor, is sent to set one up and adds a
 * passkey (Chrome's virtual authenticator stands in for the tablet's fingerprint reader), then signs in with the
 * passkey alone; a therapist sets up an authenticator app (the test computes its codes) and signs in with the
 * password and a code.
 */
@RhomboidIntegrationTest
class SecondFactorBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdministratorRequiresASecondFactorAddsAPasskeyAndSignsInWithIt() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Keyholder");
        browser = Browser.start(820, 1180);
        VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser).addVirtualAuthenticator(
                new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL).setHasResidentKey(true)
                        .setHasUserVerification(true).setIsUserVerified(true).setIsUserConsenting(true));

        Browser.signIn(browser, port, clinic.user(Role.CLINIC_ADMIN).email());
        browser.get(url("/admin/staff"));
        Browser.scrollTo(browser, browser.findElement(By.id("second-factor-required"))).click();
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("save-sign-in-policy")));
        // The policy applies to the administrator too, at once: the next page is setting one up.
        assertThat(browser.getCurrentUrl()).endsWith("/account/sign-in-security");
        browser.get(url("/patients"));
        assertThat(browser.getCurrentUrl()).endsWith("/account/sign-in-security");
        assertThat(browser.findElement(By.id("must-set-up")).getText()).contains("requires a second factor");
        browser.findElement(By.id("passkey-label")).sendKeys("Front desk iPad");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("add-passkey")));
        assertThat(authenticator.getCredentials()).hasSize(1);
        // The passkey is set up; this session, which gave only the password, is asked for it once.
        assertThat(browser.getCurrentUrl()).contains("/account/second-factor");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("use-passkey")));
        wait(browser).until(ExpectedConditions.urlContains("/patients"));
        browser.get(url("/account/sign-in-security"));
        assertThat(browser.findElement(By.id("passkeys")).getText()).contains("Front desk iPad");
        Browser.screenshot(browser, "sign-in-security-passkey");

        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("passkey-sign-in")));
        wait(browser).until(ExpectedConditions.urlContains("/patients"));
        browser.get(url("/patients/" + clinic.patient().id()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Keyholder");
    }

    @Test
    void aTherapistSetsUpAnAuthenticatorAppAndSignsInWithACode() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Codewright");
        browser = Browser.start(820, 1180);
        Browser.signIn(browser, port, clinic.user(Role.PT).email());
        browser.get(url("/account/sign-in-security"));
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("set-up-app")));
        assertThat(browser.findElement(By.cssSelector(".qr-box svg"))).isNotNull();
        byte[] secret = Base32.decode(browser.findElement(By.id("secret")).getText());
        long step = OneTimeCodes.step(Instant.now());
        browser.findElement(By.id("code")).sendKeys("000000", Keys.ENTER);
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("code-error")));
        assertThat(browser.findElement(By.id("code-error")).getText()).contains("does not match");
        browser.findElement(By.id("code")).sendKeys(OneTimeCodes.code(secret, step), Keys.ENTER);
        wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        assertThat(browser.findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
        Browser.screenshot(browser, "recovery-codes");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("codes-kept")));

        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(clinic.user(Role.PT).email());
        browser.findElement(By.id("password")).sendKeys(TestClinics.PASSWORD, Keys.ENTER);
        wait(browser).until(ExpectedConditions.urlContains("/account/second-factor"));
        browser.findElement(By.id("code")).sendKeys(OneTimeCodes.code(secret, step + 1), Keys.ENTER);
        // A therapist's home is today's caseload.
        wait(browser).until(ExpectedConditions.urlContains("/today"));
        browser.get(url("/patients/" + clinic.patient().id()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Codewright");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebDriverWait wait(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }
}
