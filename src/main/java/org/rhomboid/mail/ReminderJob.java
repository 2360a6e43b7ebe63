package org.rhomboid.mail;

import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.rhomboid.clinic.ClinicScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every few minutes, each clinic's due appointment reminders ({@link AppointmentMail#sendDueReminders}). One node at a
 * time runs it (ShedLock); each appointment's reminder is claimed in the database before it is sent, so even two
 * runs that overlap send it once.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final AppointmentMail mail;
    private final JdbcClient jdbc;

    ReminderJob(AppointmentMail mail, JdbcClient jdbc) {
        this.mail = mail;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${rhomboid.mail.reminders-every:5m}",
            initialDelayString = "${rhomboid.mail.reminders-every:5m}")
    @SchedulerLock(name = "appointment-reminders", lockAtMostFor = "30m", lockAtLeastFor = "10s")
    public void remindAll() {
        // Clinics are read through their staff accounts: the clinic table itself is under row-level security.
        List<UUID> clinics = jdbc.sql("select distinct clinic_id from app_user").query(UUID.class).list();
        for (UUID clinic : clinics) {
            try {
                ClinicScope.runAs(clinic, mail::sendDueReminders);
            } catch (RuntimeException failed) {
                // The next run tries again; the message is not logged, as with every unexpected error.
                log.warn("Appointment reminders failed for a clinic: {}", failed.getClass().getName());
            }
        }
    }
}
