package org.rhomboid.mail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.mail.domain.OutgoingMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands one message to the clinic's own SMTP server. Nothing is sent while the clinic has no settings. It is called
 * outside any database transaction (a slow server must not hold a connection), and it logs only the kind of a
 * failure: never the address, the subject, the body or a link's token.
 */
@Component
class Postman {

    /** How a hand-over ended. */
    enum Delivery {
        SENT, FAILED, NOT_CONFIGURED
    }

    /** A calendar file to attach. */
    record Ics(String fileName, String method, String content) {
    }

    private static final Logger log = LoggerFactory.getLogger(Postman.class);

    private final MailSettingsRepository settings;
    private final SmtpSenders senders;
    private final TransactionTemplate reading;

    Postman(MailSettingsRepository settings, SmtpSenders senders, PlatformTransactionManager transactions) {
        this.settings = settings;
        this.senders = senders;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    Delivery send(UUID clinicId, String to, OutgoingMessage message, Ics attachment) {
        Optional<MailSettingsRepository.Stored> stored = ClinicScope.callAs(clinicId,
                () -> reading.execute(status -> settings.find(clinicId)));
        if (stored.isEmpty()) {
            return Delivery.NOT_CONFIGURED;
        }
        var s = stored.get().settings();
        JavaMailSenderImpl sender = senders.sender(s, stored.get().password());
        try {
            MimeMessage mime = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, attachment != null, StandardCharsets.UTF_8.name());
            helper.setFrom(new InternetAddress(s.fromAddress(), s.fromName(), StandardCharsets.UTF_8.name()));
            helper.setTo(new InternetAddress(to, true));
            helper.setSubject(message.subject());
            helper.setText(message.text(), false);
            if (attachment != null) {
                helper.addAttachment(attachment.fileName(),
                        new ByteArrayResource(attachment.content().getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=" + attachment.method());
            }
            sender.send(mime);
            return Delivery.SENT;
        } catch (MailException | jakarta.mail.MessagingException | UnsupportedEncodingException failed) {
            // The kind of failure only: a message can quote the address or the server's reply to it.
            log.warn("An e-mail was not accepted by the clinic's SMTP server: {}{}", failed.getClass().getName(),
                    failed.getCause() == null ? "" : " caused by " + failed.getCause().getClass().getName());
            return Delivery.FAILED;
        }
    }
}
