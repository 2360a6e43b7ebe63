package org.rhomboid.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.mail.domain.ClinicContact;
import org.rhomboid.mail.domain.EmailAddress;
import org.rhomboid.mail.domain.MailSettings;
import org.rhomboid.mail.domain.MailWording;
import org.rhomboid.mail.domain.OutgoingMessage;
import org.rhomboid.shared.ConflictException;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appointment reminders by e-mail, with the appointment as an .ics attachment: the job's due reminders (each
 * appointment once, claimed in appointment_reminder before it is sent, so two nodes or two runs never both send it)
 * and one reminder on request ({@link #sendReminder}, the Java API the schedule may call). Every attempt is audited
 * with the appointment and the patient, never the message.
 */
@Service
public class AppointmentMail {

    /** What a reminder came to. */
    public enum Outcome {
        SENT, FAILED, NOT_CONFIGURED, NO_ADDRESS
    }

    static final String RESOURCE = "E-mail: appointment reminder";

    private final AppointmentReads appointments;
    private final MailSettingsRepository settings;
    private final ClinicMail clinicMail;
    private final ClinicDates dates;
    private final Postman postman;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    AppointmentMail(AppointmentReads appointments, MailSettingsRepository settings, ClinicMail clinicMail,
                    ClinicDates dates, Postman postman, AuditLog audit, PlatformTransactionManager transactionManager) {
        this.appointments = appointments;
        this.settings = settings;
        this.clinicMail = clinicMail;
        this.dates = dates;
        this.postman = postman;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Sends the appointment's reminder now, to the e-mail on the patient's file, whether or not one was sent
     * before (the front desk's "send a reminder"), for the current clinic.
     *
     * @throws NotFoundException when the clinic has no such appointment
     * @throws ConflictException   when the appointment is no longer booked (cancelled, missed, checked in or seen)
     */
    public Outcome sendReminder(UUID appointmentId) {
        UUID clinic = ClinicScope.require();
        AppointmentReads.ReminderTarget target = transactions.execute(status ->
                appointments.reminderTarget(clinic, appointmentId)).orElseThrow(() ->
                new NotFoundException("No such appointment"));
        if (!"BOOKED".equals(target.status())) {
            throw new ConflictException("Only a booked appointment is reminded");
        }
        return deliver(clinic, target);
    }

    /**
     * The current clinic's due reminders: booked appointments starting within its lead time, each once. Nothing
     * while the clinic has no e-mail settings or has reminders off.
     *
     * @return how many reminders were attempted
     */
    public int sendDueReminders() {
        UUID clinic = ClinicScope.require();
        Optional<MailSettings> configured = transactions.execute(status ->
                settings.find(clinic).map(MailSettingsRepository.Stored::settings));
        if (configured.isEmpty() || !configured.get().remindersOn()) {
            return 0;
        }
        Instant now = dates.now();
        List<UUID> due = transactions.execute(status -> appointments.due(clinic, now, configured.get().leadHours()));
        int attempted = 0;
        for (UUID id : due) {
            Optional<AppointmentReads.ReminderTarget> claimed = transactions.execute(status ->
                    appointments.claim(clinic, id) ? appointments.reminderTarget(clinic, id) : Optional.empty());
            if (claimed.isPresent()) {
                deliver(clinic, claimed.get());
                attempted++;
            }
        }
        return attempted;
    }

    private Outcome deliver(UUID clinic, AppointmentReads.ReminderTarget target) {
        Optional<String> to = EmailAddress.parse(target.email());
        Outcome outcome;
        if (to.isEmpty()) {
            outcome = Outcome.NO_ADDRESS;
        } else {
            ClinicContact contact = transactions.execute(status -> clinicMail.contact(clinic));
            OutgoingMessage message = MailWording.reminder(target.givenName(), contact, dates.words(clinic),
                    target.startsAt());
            String location = contact.address() == null ? contact.name()
                    : contact.name() == null ? contact.address() : contact.name() + ", " + contact.address();
            Postman.Ics ics = new Postman.Ics("appointment.ics", "PUBLISH", IcsCalendars.reminder(target.id(),
                    target.startsAt(), target.endsAt(), location, dates.now()));
            outcome = switch (postman.send(clinic, to.get(), message, ics)) {
                case SENT -> Outcome.SENT;
                case FAILED -> Outcome.FAILED;
                case NOT_CONFIGURED -> Outcome.NOT_CONFIGURED;
            };
        }
        if (outcome == Outcome.NOT_CONFIGURED) {
            // Nothing was attempted and nothing is recorded (the settings went away between the check and the send).
            return outcome;
        }
        Outcome recorded = outcome;
        transactions.executeWithoutResult(status -> {
            appointments.finish(clinic, target.id(), recorded == Outcome.SENT ? "SENT"
                    : recorded == Outcome.NO_ADDRESS ? "NO_ADDRESS" : "FAILED");
            audit.record(AuditAction.EXPORT, RESOURCE, target.id(), target.patientId(),
                    recorded == Outcome.SENT ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
                    recorded == Outcome.NO_ADDRESS ? "no usable e-mail on the patient's file"
                            : "to the patient's address on file, with a calendar file");
        });
        return outcome;
    }
}
