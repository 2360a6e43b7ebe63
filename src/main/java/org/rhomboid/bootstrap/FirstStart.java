package org.rhomboid.bootstrap;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import javax.sql.DataSource;
import org.rhomboid.account.ClinicFounding;
import org.rhomboid.account.Role;
import org.rhomboid.account.StaffAccounts;
import org.rhomboid.account.UserRepository;
import org.rhomboid.database.DatabaseProperties;
import org.rhomboid.shared.FieldProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On an empty database, creates the first clinic: the demo clinic (embedded database by default), or a
 * real clinic whose first administrator comes from RHOMBOID_ADMIN_EMAIL / RHOMBOID_ADMIN_PASSWORD.
 * No default password exists outside demo mode, so with neither Rhomboid refuses to start.
 */
@Component
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final UserRepository users;
    private final ClinicFounding founding;
    private final DemoClinic demo;
    private final TransactionTemplate transaction;
    private final DataSource owner;
    private final boolean demoMode;
    private final String adminEmail;
    private final String adminPassword;
    private final String clinicName;

    FirstStart(UserRepository users, ClinicFounding founding, DemoClinic demo, TransactionTemplate transaction,
               DatabaseProperties database, @Qualifier("migrationDataSource") DataSource owner,
               @Value("${rhomboid.demo:}") String demoSetting,
               @Value("${rhomboid.admin.email:}") String adminEmail,
               @Value("${rhomboid.admin.password:}") String adminPassword,
               @Value("${rhomboid.admin.clinic-name:My Physical Therapy Clinic}") String clinicName) {
        this.users = users;
        this.founding = founding;
        this.demo = demo;
        this.transaction = transaction;
        this.owner = owner;
        // Demo data by default only where nobody's real data can live: the embedded database.
        this.demoMode = demoSetting == null || demoSetting.isBlank() ? !database.external()
                                                                     : Boolean.parseBoolean(demoSetting.strip());
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.clinicName = clinicName;
    }

    /**
     * Several nodes starting at once on an empty database: one founds the first clinic, the others then find it. The
     * lock is a transaction's (so it holds through a transaction pooler such as pgbouncer too), taken on an owner's
     * connection of its own and held across the founding's transactions.
     */
    @Override
    public void run(ApplicationArguments args) {
        try (Connection lock = owner.getConnection()) {
            lock.setAutoCommit(false);
            try (var statement = lock.prepareStatement("select pg_advisory_xact_lock(hashtext('rhomboid first start'))")) {
                statement.execute();
                foundTheFirstClinic();
            } finally {
                lock.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the first start's lock", e);
        }
    }

    private void foundTheFirstClinic() {
        if (Boolean.TRUE.equals(transaction.execute(status -> users.anyExist()))) {
            return;
        }
        if (demoMode) {
            long started = System.nanoTime();
            demo.seed();
            log.info("Seeded the demo clinic in {} ms; sign in as {} with password {}",
                    (System.nanoTime() - started) / 1_000_000, DemoClinic.PT_EMAIL, DemoClinic.PASSWORD);
        } else if (!adminEmail.isBlank() && !adminPassword.isBlank()) {
            createFirstAdmin();
        } else {
            throw new IllegalStateException("The database has no users. Set RHOMBOID_ADMIN_EMAIL and "
                    + "RHOMBOID_ADMIN_PASSWORD (at least " + StaffAccounts.MIN_PASSWORD_LENGTH
                    + " characters) for the first clinic administrator, or RHOMBOID_DEMO=true for a demo clinic.");
        }
    }

    /** The first administrator's password came through the environment: they choose their own at first sign-in. */
    private void createFirstAdmin() {
        if (adminPassword.length() < StaffAccounts.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("RHOMBOID_ADMIN_PASSWORD must have at least "
                    + StaffAccounts.MIN_PASSWORD_LENGTH + " characters");
        }
        try {
            founding.found(clinicName, true, List.of(new ClinicFounding.NewStaff(adminEmail, "Clinic administrator",
                    adminPassword, EnumSet.of(Role.CLINIC_ADMIN), null, true)), founded -> founded);
        } catch (FieldProblemException problem) {
            throw new IllegalStateException(("password".equals(problem.field()) ? "RHOMBOID_ADMIN_PASSWORD: "
                    : "RHOMBOID_ADMIN_EMAIL / RHOMBOID_ADMIN_PASSWORD: ") + problem.getMessage());
        }
        log.info("Created clinic administrator account for the first clinic");
    }
}
