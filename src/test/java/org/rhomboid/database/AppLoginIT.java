package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The login the pool signs in with is made or checked by the owner before the pool opens; one that could leave
 * row-level security (superuser, BYPASSRLS, the owner or a member of it) stops Rhomboid from starting.
 * Test logins get names of their own: the application's own login is never touched here.
 */
@RhomboidIntegrationTest
class AppLoginIT {

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;
    @Autowired
    DatabaseConfig.ConnectionDetails connection;

    private final String name = "rhomboid_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    private JdbcClient asOwner() {
        return JdbcClient.create(owner);
    }

    @AfterEach
    void dropTheTestLogin() {
        asOwner().sql("drop role if exists " + name).update();
    }

    @Test
    void aGivenLoginGetsTheApplicationRoleAndSeesNoClinicalRowWithoutAClinic() throws Exception {
        asOwner().sql("create role " + name + " login password 'given-by-the-dba'").update();

        AppLogin.Credentials login = AppLogin.given(owner, name, "given-by-the-dba");

        assertThat(login.user()).isEqualTo(name);
        assertThat(login.toString()).doesNotContain("given-by-the-dba");
        try (var signedIn = DriverManager.getConnection(connection.url(), login.user(), login.password());
             var rows = signedIn.createStatement().executeQuery(
                     "select current_user, (select count(*) from patient), pg_has_role('rhomboid_app', 'USAGE')")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo(name);
            assertThat(rows.getInt(2)).isZero();
            assertThat(rows.getBoolean(3)).isTrue();
        }
    }

    @Test
    void aGivenLoginThatIsASuperuserStopsTheStart() {
        asOwner().sql("create role " + name + " login superuser").update();
        assertThatThrownBy(() -> AppLogin.given(owner, name, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no SUPERUSER or BYPASSRLS");
    }

    @Test
    void aGivenLoginThatCanBecomeTheOwnerStopsTheStart() {
        String ownerName = asOwner().sql("select current_user").query(String.class).single();
        asOwner().sql("create role " + name + " login").update();
        asOwner().sql("grant \"" + ownerName + "\" to " + name).update();
        assertThatThrownBy(() -> AppLogin.given(owner, name, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not be (a member of) the owner");
    }

    @Test
    void aGivenLoginThatDoesNotExistIsNamed() {
        assertThatThrownBy(() -> AppLogin.given(owner, name, "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(name + ", which does not exist");
        assertThatThrownBy(() -> AppLogin.given(owner, "", "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("RHOMBOID_DB_APP_USER");
    }

    @Test
    void aKeptLoginLosesLesserRightsAndGetsTheNewPassword() throws Exception {
        AppLogin.keep(owner, name, "first-password-of-the-login");
        asOwner().sql("alter role " + name + " createrole createdb").update();

        AppLogin.Credentials login = AppLogin.keep(owner, name, "second-password-of-the-login");

        var rights = asOwner().sql("select rolcreaterole, rolcreatedb, rolcanlogin from pg_roles where rolname = :name")
                .param("name", name)
                .query((rs, row) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)}).single();
        assertThat(rights).containsExactly(false, false, true);
        try (var signedIn = DriverManager.getConnection(connection.url(), login.user(), login.password())) {
            assertThat(signedIn.isValid(1)).isTrue();
        }
    }

    @Test
    void anExistingSuperuserNamedAsTheKeptLoginIsRefusedAndLeftAsItWas() {
        asOwner().sql("create role " + name + " login superuser").update();
        assertThatThrownBy(() -> AppLogin.keep(owner, name, "would-replace-the-admins-password"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no SUPERUSER or BYPASSRLS");
        assertThat(asOwner().sql("select rolsuper from pg_roles where rolname = :name").param("name", name)
                .query(Boolean.class).single()).isTrue();
    }
}
