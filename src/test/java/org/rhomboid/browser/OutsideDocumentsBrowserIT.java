package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.TestDocuments;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A faxed MRI report filed from the chart and opened, then the fracture it excludes recorded as cleared by
 * imaging with the report attached: the red-flag banner gives way to a calm "cleared" line.
 */
@RhomboidIntegrationTest
class OutsideDocumentsBrowserIT {

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

    /** Date inputs take locale-specific keystrokes; setting the value is what a date picker does. */
    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), date.toString());
    }

    private WebElement scrolled(By by) {
        return Browser.scrollTo(browser, browser.findElement(by));
    }

    @Test
    void aTherapistFilesAnMriReportOpensItAndRecordsTheFractureClearedByImaging() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Scanlon");
        String chart = "http://localhost:" + port + "/patients/" + clinic.patient().id();
        String episode = "/episodes/" + clinic.episode().id();
        // Osteoporosis after a minor fall: urgent imaging for a possible compression fracture.
        WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD).postMulti(episode + "/exam-findings",
                Map.of("finding", List.of("OSTEOPOROSIS", "MINOR_TRAUMA")), episode);
        Path report = Files.createTempFile("mri-report", ".pdf");
        Files.write(report, TestDocuments.pdf("MRI thoracic spine: no acute fracture"));
        Path addendum = Files.createTempFile("radiologist-addendum", ".pdf");
        Files.write(addendum, TestDocuments.pdf("Addendum: T8 wedge is old and healed"));
        LocalDate yesterday = LocalDate.now().minusDays(1);

        browser = Browser.start(820, 1180); // a tablet held upright
        Browser.signIn(browser, port, clinic.user(Role.PT).email());
        browser.get(chart);
        assertThat(browser.findElement(By.cssSelector(".disposition.level-urgent_referral")).getText())
                .contains("Urgent referral").contains("Vertebral fracture — open");

        // File the faxed report from the chart.
        new Select(scrolled(By.id("doc-kind"))).selectByValue("IMAGING_REPORT");
        setDate("doc-date", yesterday);
        new Select(browser.findElement(By.id("doc-episode"))).selectByIndex(1);
        browser.findElement(By.id("doc-file")).sendKeys(report.toAbsolutePath().toString());
        browser.findElement(By.id("doc-note")).sendKeys("MRI thoracic spine, Harbor Imaging");
        Browser.clickAndWaitForPage(browser, scrolled(By.cssSelector("#document-upload button.primary")));
        assertThat(browser.findElement(By.cssSelector("#documents [role=status]")).getText()).isEqualTo("Document filed.");
        WebElement row = browser.findElement(By.cssSelector(".document-list tbody tr"));
        assertThat(row.getText()).contains("Imaging report").contains("MRI thoracic spine, Harbor Imaging")
                .contains(report.getFileName().toString());
        Browser.screenshot(browser, "chart-documents");

        // Open it: a new tab with the PDF itself.
        String chartTab = browser.getWindowHandle();
        scrolled(By.cssSelector(".document-list tbody tr a.button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.numberOfWindowsToBe(2));
        browser.getWindowHandles().stream().filter(handle -> !handle.equals(chartTab)).findFirst()
                .ifPresent(handle -> browser.switchTo().window(handle));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/documents/"));
        assertThat(((JavascriptExecutor) browser).executeScript("return document.contentType"))
                .isEqualTo("application/pdf");
        Thread.sleep(1000); // let the viewer draw the page for the screenshot
        Browser.screenshot(browser, "document-view");
        browser.close();
        browser.switchTo().window(chartTab);

        // Record the outcome of the fracture concern, uploading the radiologist's addendum there.
        browser.get("http://localhost:" + port + episode);
        assertThat(browser.findElement(By.id("screening")).getText()).contains("Do not treat until this is resolved");
        scrolled(By.cssSelector("#concern-VERTEBRAL_FRACTURE details.clearance summary")).click();
        browser.findElement(By.id("cl-method-VERTEBRAL_FRACTURE-IMAGING")).click();
        setDate("cl-date-VERTEBRAL_FRACTURE", yesterday);
        browser.findElement(By.id("cl-file-VERTEBRAL_FRACTURE")).sendKeys(addendum.toAbsolutePath().toString());
        browser.findElement(By.id("cl-note-VERTEBRAL_FRACTURE"))
                .sendKeys("MRI: no acute fracture; old healed T8 wedge. Dr Brooks clears treatment.");
        Browser.clickAndWaitForPage(browser, scrolled(By.cssSelector("#concern-VERTEBRAL_FRACTURE button.primary")));

        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Outcome recorded; screening re-run.");
        assertThat(browser.findElement(By.id("screening")).getText()).doesNotContain("Do not treat");
        WebElement cleared = browser.findElement(By.id("cleared-VERTEBRAL_FRACTURE"));
        assertThat(cleared.getText()).contains("Cleared").contains("by imaging").contains("old healed T8 wedge")
                .contains("Imaging report");
        Browser.screenshot(browser, "episode-concern-cleared");

        browser.get(chart);
        assertThat(browser.findElements(By.cssSelector(".disposition.level-urgent_referral"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".cleared-banner")).getText())
                .contains("Vertebral fracture — cleared on").contains("by imaging");
        assertThat(browser.findElements(By.cssSelector(".document-list tbody tr"))).hasSize(2);
        Browser.screenshot(browser, "chart-concern-cleared");
    }
}
