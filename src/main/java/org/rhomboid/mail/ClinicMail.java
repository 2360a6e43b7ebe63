package org.rhomboid.mail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.mail.domain.ClinicContact;
import org.rhomboid.mail.domain.EmailAddress;
import org.rhomboid.mail.domain.MailSettings;
import org.rhomboid.mail.domain.MailSettingsForm;
import org.rhomboid.mail.domain.MailWording;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrator's e-mail settings: read, saved (audited without the password) and tried with a test message. */
@Service
public class ClinicMail {

    static final String RESOURCE = "E-mail settings";

    private final MailSettingsRepository settings;
    private final ClinicRepository clinics;
    private final AuditLog audit;
    private final Postman postman;
    private final TransactionTemplate transactions;

    ClinicMail(MailSettingsRepository settings, ClinicRepository clinics, AuditLog audit, Postman postman,
               PlatformTransactionManager transactionManager) {
        this.settings = settings;
        this.clinics = clinics;
        this.audit = audit;
        this.postman = postman;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The clinic's settings; empty until its administrator saved them (and nothing is sent until then). */
    @Transactional(readOnly = true)
    public Optional<MailSettings> settings() {
        return settings.find(ClinicScope.require()).map(MailSettingsRepository.Stored::settings);
    }

    /** Checks and saves the form; the messages by field when it is not saved. */
    @Transactional
    public Map<String, String> save(Map<String, List<String>> form) {
        UUID clinic = ClinicScope.require();
        boolean stored = settings.find(clinic).map(s -> s.password() != null).orElse(false);
        MailSettingsForm.Checked checked = MailSettingsForm.check(form, stored);
        if (!checked.valid()) {
            return checked.errors();
        }
        settings.save(clinic, checked.settings(), checked.password(), checked.clearPassword(),
                StaffPrincipal.currentUserId());
        audit.recordEvent(AuditAction.UPDATE, RESOURCE, clinic, "SMTP server, sender, reminders"
                + (checked.password() != null ? ", password changed" : checked.clearPassword() ? ", password removed"
                : ""), AuditOutcome.SUCCESS);
        return Map.of();
    }

    /** What a test message came to. */
    public enum TestResult {
        SENT, FAILED, NOT_CONFIGURED, BAD_ADDRESS
    }

    /** Sends the test message to a typed address (audited without the address). */
    public TestResult sendTest(String typed) {
        UUID clinic = ClinicScope.require();
        Optional<String> to = EmailAddress.parse(typed);
        if (to.isEmpty()) {
            return TestResult.BAD_ADDRESS;
        }
        ClinicContact contact = transactions.execute(status -> contact(clinic));
        Postman.Delivery delivery = postman.send(clinic, to.get(), MailWording.test(contact), null);
        if (delivery == Postman.Delivery.NOT_CONFIGURED) {
            return TestResult.NOT_CONFIGURED;
        }
        transactions.executeWithoutResult(status -> audit.recordEvent(AuditAction.CREATE, "Test e-mail", null,
                "to a typed address", delivery == Postman.Delivery.SENT ? AuditOutcome.SUCCESS : AuditOutcome.FAILED));
        return delivery == Postman.Delivery.SENT ? TestResult.SENT : TestResult.FAILED;
    }

    /** The clinic's name, address and phone as messages print them; call inside a transaction. */
    ClinicContact contact(UUID clinic) {
        Optional<ClinicProfile> profile = clinics.profile(clinic);
        return profile.map(p -> new ClinicContact(p.name(), p.address(), p.phone()))
                .orElseGet(() -> new ClinicContact(null, null, null));
    }
}
