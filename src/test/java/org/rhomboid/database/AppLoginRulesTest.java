package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rules behind the application's own database login: its name, quoting, and a URL that would outrank it. */
class AppLoginRulesTest {

    @Test
    void eachDatabaseGetsItsOwnApplicationLogin() {
        assertThat(AppLogin.nameFor("rhomboid")).isEqualTo("rhomboid_app_login");
        assertThat(AppLogin.nameFor("Clinic-Prod 2")).isEqualTo("clinic_prod_2_app_login");
        assertThat(AppLogin.nameFor("x".repeat(80))).hasSize(63).endsWith("_app_login");
    }

    @Test
    void roleNamesAreQuotedWhole() {
        assertThat(AppLogin.quoted("rhomboid_app_login")).isEqualTo("\"rhomboid_app_login\"");
        assertThat(AppLogin.quoted("a\"; drop table patient; --")).isEqualTo("\"a\"\"; drop table patient; --\"");
    }

    @Test
    void aUserInTheDatabaseUrlWouldOutrankThePoolsLoginSoItIsRefused() {
        assertThatThrownBy(() -> properties("jdbc:postgresql://db/rhomboid?user=owner").checkUrl())
                .hasMessageContaining("RHOMBOID_DB_URL must not name a user or password");
        assertThatThrownBy(() -> properties("jdbc:postgresql://db/rhomboid?ssl=true&Password=x").checkUrl())
                .hasMessageContaining("RHOMBOID_DB_USER");
        properties("jdbc:postgresql://db/rhomboid?sslmode=require").checkUrl();
    }

    private static DatabaseProperties properties(String url) {
        return new DatabaseProperties(url, "owner", "", "", "", "./data/postgres", false);
    }
}
