package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a tablet: the administrator sets up the clinic's e-mail (a mistake shown beside its field), the front desk
 * e-mails a new intake link to a typed address without leaving the page (htmx), and it arrives at a real SMTP
 * server (GreenMail, started by this class on a free port).
 */
@RhomboidIntegrationTest
class MailBrowserIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

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
    void theAdministratorSetsUpEmailAndTheFrontDeskSendsAnIntakeLink() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Marchbanks");
        browser = Browser.start(820, 1180);
        Browser.signIn(browser, port, clinic.user(Role.CLINIC_ADMIN).email());
        browser.findElement(By.linkText("E-mail")).click();
        assertThat(browser.findElement(By.id("not-configured")).getText()).contains("no e-mail is sent");
        browser.findElement(By.id("host")).sendKeys("127.0.0.1");
        browser.findElement(By.id("port")).clear();
        browser.findElement(By.id("port")).sendKeys(String.valueOf(smtp.getSmtp().getPort()));
        new Select(browser.findElement(By.id("security"))).selectByValue("NONE");
        browser.findElement(By.id("fromAddress")).sendKeys("frontdesk at clinic");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("save-mail")));
        assertThat(browser.findElement(By.id("fromAddress-error")).getText()).contains("one e-mail address");
        assertThat(browser.findElement(By.id("host")).getAttribute("value")).isEqualTo("127.0.0.1");
        browser.findElement(By.id("fromAddress")).clear();
        browser.findElement(By.id("fromAddress")).sendKeys("frontdesk@marchbanks.example");
        Browser.clickAndWaitForPage(browser, Browser.scrollTo(browser, browser.findElement(By.id("save-mail"))));
        assertThat(browser.findElement(By.id("notice")).getText()).contains("saved");
        Browser.screenshot(browser, "mail-settings");

        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, clinic.user(Role.FRONT_DESK).email());
        browser.get("http://localhost:" + port + "/episodes/" + clinic.episode().id());
        Browser.clickAndWaitForPage(browser, browser.findElement(By.xpath("//button[normalize-space()='Send intake link']")));
        String url = browser.findElement(By.id("intake-url")).getText();
        Browser.scrollTo(browser, browser.findElement(By.cssSelector("input[name=to][value=TYPED]"))).click();
        browser.findElement(By.id("mail-intake-address")).sendKeys("quinn.m@patients.example");
        browser.findElement(By.id("mail-intake-send")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("mail-intake-sent")));
        assertThat(browser.findElement(By.id("mail-intake-sent")).getText()).contains("Sent to q…@patients.example");
        // The page stayed: the link is still there to copy.
        assertThat(browser.findElement(By.id("intake-url")).getText()).isEqualTo(url);
        Browser.screenshot(browser, "mail-intake-link-sent");

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("quinn.m@patients.example");
        assertThat((String) smtp.getReceivedMessages()[0].getContent()).contains(url);
    }
}
