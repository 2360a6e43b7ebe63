package org.rhomboid.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.clinic.ClinicScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Repository
public class UserRepository {

    private static final String COLUMNS = "id, clinic_id, email, display_name, password_hash, roles, npi, active";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    UserRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
    }

    /** Login only: e-mail addresses are unique across clinics. */
    public Optional<StaffUser> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from app_user where lower(email) = lower(:email)")
                .param("email", email)
                .query(UserRepository::map)
                .optional();
    }

    /** The user behind a live (unexpired, unrevoked) API token, in one round trip: this runs on every API call. */
    public Optional<StaffUser> findByLiveToken(String tokenHash) {
        return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "u.$1") + " from api_token t"
                        + " join app_user u on u.id = t.user_id"
                        + " where t.token_hash = :hash and t.revoked_at is null and t.expires_at > now()")
                .param("hash", tokenHash)
                .query(UserRepository::map)
                .optional();
    }

    /** The holder of a token, live or not (to record its revocation). */
    public Optional<StaffUser> findByTokenId(UUID tokenId) {
        return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "u.$1") + " from api_token t"
                        + " join app_user u on u.id = t.user_id where t.id = :id")
                .param("id", tokenId)
                .query(UserRepository::map)
                .optional();
    }

    public Optional<StaffUser> find(UUID clinicId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where clinic_id = :clinic and id = :id")
                .param("clinic", clinicId)
                .param("id", id)
                .query(UserRepository::map)
                .optional();
    }

    public List<StaffUser> inClinic(UUID clinicId) {
        return jdbc.sql("select " + COLUMNS + " from app_user where clinic_id = :clinic order by display_name")
                .param("clinic", clinicId)
                .query(UserRepository::map)
                .list();
    }

    /**
     * What decides whether a signed-in session may go on: read on every web request, so one small row. The clinic's
     * policy sits behind row-level security, so the read runs in the account's clinic; a policy it cannot see
     * counts as required (fail closed).
     */
    public Optional<AccountStanding> standing(UUID clinicId, UUID id) {
        return ClinicScope.callAs(clinicId, () -> transaction.execute(status -> jdbc.sql("""
                        select u.active, u.security_stamp, u.password_change_required,
                               coalesce(c.mfa_required, true) as mfa_required,
                               exists (select 1 from staff_totp t where t.user_id = u.id and t.confirmed_at is not null)
                               or exists (select 1 from user_credentials p
                                          where p.user_entity_user_id = u.passkey_user_handle) as second_factor
                          from app_user u left join clinic c on c.id = u.clinic_id
                         where u.clinic_id = :clinic and u.id = :id""")
                .param("clinic", clinicId).param("id", id)
                .query((rs, row) -> new AccountStanding(rs.getBoolean("active"), rs.getInt("security_stamp"),
                        rs.getBoolean("password_change_required"), rs.getBoolean("mfa_required"),
                        rs.getBoolean("second_factor")))
                .optional()));
    }

    /** Which clinic has an account with this e-mail, if any: only ever compared with the caller's own clinic. */
    public Optional<UUID> clinicOfEmail(String email) {
        return jdbc.sql("select clinic_id from app_user where lower(email) = lower(:email)")
                .param("email", email).query(UUID.class).optional();
    }

    public boolean anyExist() {
        return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select exists (select 1 from app_user where lower(email) = lower(:email))")
                .param("email", email)
                .query(Boolean.class)
                .single();
    }

    public void insert(StaffUser user, boolean passwordChangeRequired) {
        jdbc.sql("""
                insert into app_user (id, clinic_id, email, display_name, password_hash, roles, npi, active,
                                      password_change_required)
                values (:id, :clinic, :email, :name, :hash, :roles::text[], :npi, :active, :changeRequired)""")
                .param("changeRequired", passwordChangeRequired)
                .param("id", user.id())
                .param("clinic", user.clinicId())
                .param("email", user.email())
                .param("name", user.displayName())
                .param("hash", user.passwordHash())
                .param("roles", toArrayLiteral(user.roles()))
                .param("npi", user.npi())
                .param("active", user.active())
                .update();
    }

    /** Moving the security stamp on ends every session signed in before (see AccountStanding). */
    public int setActive(UUID clinicId, UUID id, boolean active) {
        return jdbc.sql("update app_user set active = :active, security_stamp = security_stamp + 1"
                        + " where clinic_id = :clinic and id = :id")
                .param("active", active)
                .param("clinic", clinicId)
                .param("id", id)
                .update();
    }

    public int setRoles(UUID clinicId, UUID id, Set<Role> roles) {
        return jdbc.sql("update app_user set roles = :roles::text[], security_stamp = security_stamp + 1"
                        + " where clinic_id = :clinic and id = :id")
                .param("roles", toArrayLiteral(roles)).param("clinic", clinicId).param("id", id).update();
    }

    public int setPassword(UUID clinicId, UUID id, String passwordHash, boolean changeRequired) {
        return jdbc.sql("update app_user set password_hash = :hash, password_change_required = :changeRequired,"
                        + " security_stamp = security_stamp + 1 where clinic_id = :clinic and id = :id")
                .param("hash", passwordHash).param("changeRequired", changeRequired)
                .param("clinic", clinicId).param("id", id).update();
    }

    public int setNpi(UUID clinicId, UUID id, String npi) {
        return jdbc.sql("update app_user set npi = :npi where clinic_id = :clinic and id = :id")
                .param("npi", npi).param("clinic", clinicId).param("id", id).update();
    }

    private static String toArrayLiteral(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().reduce((a, b) -> a + "," + b)
                .map(joined -> "{" + joined + "}").orElse("{}");
    }

    private static StaffUser map(ResultSet rs, int row) throws SQLException {
        return new StaffUser(rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class),
                rs.getString("email"), rs.getString("display_name"), rs.getString("password_hash"),
                roles(rs.getArray("roles")), rs.getString("npi"), rs.getBoolean("active"));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
