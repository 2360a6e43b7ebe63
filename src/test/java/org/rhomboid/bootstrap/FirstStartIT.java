package org.rhomboid.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rhomboid.RhomboidApplication;
import org.rhomboid.account.Role;
import org.rhomboid.account.UserRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * First start of a real (non-demo) installation. Each case gets its own fresh embedded database: the
 * point is what happens when the database is empty.
 */
class FirstStartIT {

    /**
     * Command-line arguments outrank RHOMBOID_DB_URL, so each case stays on its own embedded database.
     * An argument given twice would be joined with a comma, so the administrator is given exactly once.
     */
    private static ConfigurableApplicationContext start(String email, String password) {
        return new SpringApplicationBuilder(RhomboidApplication.class).run("--server.port=0", "--rhomboid.db.url=",
                "--rhomboid.db.ephemeral=true", "--rhomboid.demo=false", "--rhomboid.admin.email=" + email,
                "--rhomboid.admin.password=" + password, "--rhomboid.admin.clinic-name=Bayside PT");
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironmentAndNoDemoDataIsCreated() {
        try (ConfigurableApplicationContext context = start("Owner@Clinic.example", "a-long-secret-passphrase")) {
            UserRepository users = context.getBean(UserRepository.class);
            var admin = users.findByEmail("owner@clinic.example").orElseThrow();
            assertThat(admin.roles()).containsExactly(Role.CLINIC_ADMIN);
            assertThat(admin.passwordHash()).startsWith("$2").doesNotContain("a-long-secret-passphrase");
            assertThat(users.findByEmail(DemoClinic.PT_EMAIL)).isEmpty();
            // The password came through the environment: the administrator chooses their own at first sign-in.
            assertThat(users.standing(admin.clinicId(), admin.id()).orElseThrow().passwordChangeRequired()).isTrue();
            // A real clinic requires a second factor of every account, the administrator's too.
            assertThat(users.standing(admin.clinicId(), admin.id()).orElseThrow().secondFactorRequired()).isTrue();
        }
    }

    @Test
    void withoutDemoModeOrAdministratorRhomboidRefusesToStart() {
        assertThatThrownBy(() -> start("", "").close()).hasMessageContaining("RHOMBOID_ADMIN_EMAIL");
    }

    @Test
    void aWeakFirstPasswordIsRefused() {
        assertThatThrownBy(() -> start("owner@clinic.example", "short").close())
                .hasMessageContaining("RHOMBOID_ADMIN_PASSWORD must have at least 12 characters");
        assertThatThrownBy(() -> start("not-an-address", "a-long-secret-passphrase").close())
                .hasMessageContaining("Enter a valid e-mail address");
        assertThatThrownBy(() -> start("owner@clinic.example", "password1234").close())
                .hasMessageContaining("RHOMBOID_ADMIN_PASSWORD").hasMessageContaining("common or breached");
    }
}
