package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.rhomboid.account.Role;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The administrator restricts a VIP's record to the treating therapist; an assistant who must see it in an
 * emergency is stopped, says why, breaks the glass and reads it; the administrator finds it on the report.
 */
@RhomboidIntegrationTest
class EmergencyAccessBrowserIT {

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
    void anAssistantBreaksTheGlassAndTheAdministratorSeesIt() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Glassford");
        String chart = "http://localhost:" + port + "/patients/" + clinic.patient().id();
        browser = Browser.start(820, 1180);

        Browser.signIn(browser, port, clinic.user(Role.CLINIC_ADMIN).email());
        browser.get(chart);
        new Select(Browser.scrollTo(browser, browser.findElement(By.id("restriction-kind")))).selectByValue("VIP");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("save-restriction")));
        assertThat(browser.findElement(By.id("restricted-badge")).getText()).contains("public figure");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, clinic.user(Role.PTA).email());
        browser.get(chart);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Restricted record");
        assertThat(browser.getPageSource()).doesNotContain(clinic.patient().familyName());
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("break-the-glass")));
        assertThat(browser.findElement(By.id("reason-error")).getText()).contains("at least 10 characters");
        browser.findElement(By.id("reason")).sendKeys("Fell in the gym; the treating therapist is with another patient");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("break-the-glass")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(clinic.patient().familyName());
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Emergency access granted");
        Browser.screenshot(browser, "emergency-access-granted");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, clinic.user(Role.CLINIC_ADMIN).email());
        browser.get("http://localhost:" + port + "/admin/emergency-access");
        assertThat(browser.findElement(By.id("emergency-access")).getText())
                .contains("Fell in the gym").contains(clinic.user(Role.PTA).displayName()).contains("active");
        Browser.screenshot(browser, "emergency-access-report");
    }
}
