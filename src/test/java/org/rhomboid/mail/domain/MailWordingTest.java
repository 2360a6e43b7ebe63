package org.rhomboid.mail.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.TestDates;

class MailWordingTest {

    private static final ClinicContact CLINIC = new ClinicContact("Harbour Physio", "12 Harbour Street, Portland, ME 04101",
            "207-555-0100");
    private static final Instant NINE_THIRTY_UTC = Instant.parse("2026-12-08T14:30:00Z");

    @Test
    void aReminderGivesTheClinicsDayAndTimeInItsZoneAndWay() {
        DateWords chicago = DateWords.of(Locale.forLanguageTag("en-US"), ZoneId.of("America/Chicago"));
        OutgoingMessage message = MailWording.reminder("Quinn", CLINIC, chicago, NINE_THIRTY_UTC);
        assertThat(message.text()).contains("Hello Quinn,", "Tue, Dec 8", "Dec 8, 2026", "8:30 AM",
                "12 Harbour Street, Portland, ME 04101", "207-555-0100", "Harbour Physio");
        assertThat(message.subject()).isEqualTo(
                "Reminder: physical therapy appointment on Tue, Dec 8 at 8:30 AM — Harbour Physio");

        DateWords london = DateWords.of(Locale.forLanguageTag("en-GB"), ZoneId.of("Europe/London"));
        assertThat(MailWording.reminder("Quinn", CLINIC, london, NINE_THIRTY_UTC).text()).contains("8 Dec 2026", "14:30");
    }

    @Test
    void theSubjectNeverNamesThePatient() {
        assertThat(MailWording.reminder("Quinn", CLINIC, TestDates.US, NINE_THIRTY_UTC).subject()).doesNotContain("Quinn");
        for (LinkKind kind : LinkKind.values()) {
            assertThat(MailWording.link(kind, "Quinn", CLINIC, "https://x.example/p/abc").subject())
                    .doesNotContain("Quinn");
        }
    }

    @Test
    void aLinkMessageCarriesTheLinkAndNoClinicalWords() {
        OutgoingMessage message = MailWording.link(LinkKind.INTAKE, "Quinn", CLINIC, "https://rhomboid.example/intake/tok");
        assertThat(message.text()).contains("https://rhomboid.example/intake/tok", "Hello Quinn,", "Harbour Physio",
                "works once");
        assertThat(message.subject()).isEqualTo("Your intake form — Harbour Physio");
        assertThat(MailWording.link(LinkKind.PORTAL, "Quinn", CLINIC, "u").text()).doesNotContain("works once");
    }

    @Test
    void aGivenNameCannotAddLinesOrHeaders() {
        OutgoingMessage message = MailWording.reminder("Quinn\r\nBcc: x@evil.example", CLINIC, TestDates.US,
                NINE_THIRTY_UTC);
        assertThat(message.text()).startsWith("Hello Quinn Bcc: x@evil.example,\n");
        assertThat(MailWording.reminder(null, new ClinicContact(null, null, null), TestDates.US, NINE_THIRTY_UTC).text())
                .startsWith("Hello,").contains("please let us know").doesNotContain("Where:");
    }

    @Test
    void addressesAreOneMailboxEach() {
        assertThat(EmailAddress.parse(" quinn@example.com ")).contains("quinn@example.com");
        assertThat(EmailAddress.parse("Quinn <quinn@example.com>")).isEmpty();
        assertThat(EmailAddress.parse("a@example.com, b@example.com")).isEmpty();
        assertThat(EmailAddress.parse("a@example.com\r\nBcc: b@example.com")).isEmpty();
        assertThat(EmailAddress.parse("a@localhost")).isEmpty();
        assertThat(EmailAddress.parse("a..b@example.com")).isEmpty();
        assertThat(EmailAddress.parse(null)).isEmpty();
        assertThat(EmailAddress.masked("quinn@example.com")).isEqualTo("q…@example.com");
    }

    @Test
    void theFeedShowsInitialsAndTheTypeOnly() {
        assertThat(Initials.of("Quinn", "Ashworth")).isEqualTo("Q. A.");
        assertThat(Initials.of(" émile", "o'neil")).isEqualTo("É. O.");
        assertThat(Initials.of("Quinn", null)).isEqualTo("Q.");
        assertThat(Initials.of(null, " ")).isEqualTo("?");
        assertThat(AppointmentKind.feedSummary("Q. A.", "RE_EVALUATION")).isEqualTo("Q. A. · Re-evaluation");
        assertThat(AppointmentKind.feedSummary("Q. A.", "SOMETHING_NEW")).isEqualTo("Q. A. · Appointment");
    }
}
