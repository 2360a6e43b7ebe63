package org.rhomboid.audit;

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
 * Seals every clinic's new audit events every half minute (AuditSeals), so the chain stays close behind. With several
 * nodes one of them seals at a time (ShedLock; AuditSeals' per-clinic lock also keeps a verification's own sealing
 * apart), and no more often than every 10 s whichever node runs it.
 */
@Component
class AuditSealing {

    private static final Logger log = LoggerFactory.getLogger(AuditSealing.class);

    private final AuditSeals seals;
    private final JdbcClient jdbc;

    AuditSealing(AuditSeals seals, JdbcClient jdbc) {
        this.seals = seals;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${rhomboid.audit.seal-every:30s}", initialDelayString = "${rhomboid.audit.seal-every:30s}")
    @SchedulerLock(name = "audit-sealing", lockAtMostFor = "10m", lockAtLeastFor = "10s")
    public void sealAll() {
        // Clinics are read through their staff accounts: the clinic table itself is under row-level security.
        List<UUID> clinics = jdbc.sql("select distinct clinic_id from app_user").query(UUID.class).list();
        for (UUID clinic : clinics) {
            try {
                ClinicScope.runAs(clinic, seals::sealPending);
            } catch (RuntimeException failed) {
                // The next run tries again; the message is not logged, as with every unexpected error.
                log.warn("Sealing the audit trail failed for a clinic: {}", failed.getClass().getName());
            }
        }
    }
}
