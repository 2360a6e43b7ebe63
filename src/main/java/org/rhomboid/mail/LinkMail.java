package org.rhomboid.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.link.PublicLinks;
import org.rhomboid.mail.domain.ClinicContact;
import org.rhomboid.mail.domain.EmailAddress;
import org.rhomboid.mail.domain.LinkKind;
import org.rhomboid.mail.domain.MailWording;
import org.rhomboid.mail.domain.OutgoingMessage;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a patient link that was just issued (intake, measures, exercise portal) by e-mail, to the address on the
 * patient's file or one typed by staff. Only the episode's live link of that kind is sent; the token is neither
 * logged nor audited (the audit names the episode, the patient, the kind of link and the kind of recipient).
 */
@Service
public class LinkMail {

    /** Where the message goes. */
    public enum To {
        ON_FILE, TYPED
    }

    /**
     * What a send came to.
     *
     * @param errors messages by field ("to", "address", "link"); empty when sent
     * @param sentTo the address, masked ("j…@example.com"), when sent
     */
    public record Result(Map<String, String> errors, String sentTo) {
        public boolean sent() {
            return sentTo != null;
        }
    }

    private final LinkMailRepository links;
    private final ClinicMail clinicMail;
    private final Postman postman;
    private final PublicLinks publicLinks;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    LinkMail(LinkMailRepository links, ClinicMail clinicMail, Postman postman, PublicLinks publicLinks, AuditLog audit,
             PlatformTransactionManager transactionManager) {
        this.links = links;
        this.clinicMail = clinicMail;
        this.postman = postman;
        this.publicLinks = publicLinks;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Sends the episode's live link of this kind, whose token staff were just shown.
     *
     * @throws NotFoundException when the clinic has no such episode
     */
    public Result send(LinkKind kind, UUID episodeId, String token, String to, String typedAddress) {
        UUID clinic = ClinicScope.require();
        if (!Boolean.TRUE.equals(transactions.execute(status -> links.episodeExists(clinic, episodeId)))) {
            throw new NotFoundException("No such episode");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        To choice = "TYPED".equals(to) ? To.TYPED : "ON_FILE".equals(to) ? To.ON_FILE : null;
        if (choice == null) {
            errors.put("to", "Choose where to send the link");
        }
        Optional<String> typed = EmailAddress.parse(typedAddress);
        if (choice == To.TYPED && typed.isEmpty()) {
            errors.put("address", typedAddress == null || typedAddress.isBlank()
                    ? "Enter the e-mail address to send the link to" : "Enter one e-mail address, e.g. name@example.com");
        }
        if (token == null || token.isBlank() || token.length() > 100) {
            errors.put("link", "This link can no longer be sent: issue a new one");
            return new Result(errors, null);
        }
        Prepared prepared = transactions.execute(status -> prepare(kind, clinic, episodeId, token));
        if (prepared == null) {
            errors.put("link", "This link no longer works (used, expired, renewed or revoked): issue a new one");
            return new Result(errors, null);
        }
        String address = null;
        if (choice == To.ON_FILE) {
            Optional<String> onFile = EmailAddress.parse(prepared.recipient().email());
            if (onFile.isEmpty()) {
                errors.put("to", prepared.recipient().email() == null || prepared.recipient().email().isBlank()
                        ? "There is no e-mail address on the patient’s file: type one"
                        : "The e-mail address on the patient’s file is not usable: type one");
            } else {
                address = onFile.get();
            }
        } else if (choice == To.TYPED && typed.isPresent()) {
            address = typed.get();
        }
        if (!errors.isEmpty()) {
            return new Result(errors, null);
        }
        Postman.Delivery delivery = postman.send(clinic, address, prepared.message(), null);
        if (delivery == Postman.Delivery.NOT_CONFIGURED) {
            errors.put("link", "E-mail is not set up for this clinic: an administrator sets it up under E-mail");
            return new Result(errors, null);
        }
        transactions.executeWithoutResult(status -> audit.record(AuditAction.EXPORT, "E-mail: " + kind.slug()
                        + " link", episodeId, prepared.recipient().patientId(),
                delivery == Postman.Delivery.SENT ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
                "to the patient's " + (choice == To.ON_FILE ? "address on file" : "typed address")));
        if (delivery == Postman.Delivery.FAILED) {
            errors.put("link", "The clinic’s e-mail server did not accept the message: try again, or copy the link");
            return new Result(errors, null);
        }
        return new Result(Map.of(), EmailAddress.masked(address));
    }

    private record Prepared(LinkMailRepository.Recipient recipient, OutgoingMessage message) {
    }

    private Prepared prepare(LinkKind kind, UUID clinic, UUID episodeId, String token) {
        return links.liveLink(kind, clinic, episodeId, SecretTokens.hash(token)).map(recipient -> {
            ClinicContact contact = clinicMail.contact(clinic);
            String url = switch (kind) {
                case INTAKE -> publicLinks.intake(token);
                case MEASURES -> publicLinks.measures(token);
                case PORTAL -> publicLinks.portal(token);
            };
            return new Prepared(recipient, MailWording.link(kind, recipient.givenName(), contact, url));
        }).orElse(null);
    }
}
