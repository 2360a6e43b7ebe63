package org.rhomboid.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * The login the application's connection pool signs in with. It is a member of {@value #APP_ROLE}, so it has
 * exactly that role's rights and row-level security applies to it, and nothing more: not a superuser, no
 * BYPASSRLS, not the owner nor a member of any role that is. So no {@code RESET ROLE} or {@code SET ROLE} can take
 * a pooled connection out of row-level security. The owner, which Flyway uses, sets it up before the pool opens.
 */
final class AppLogin {

    /** Created by the first migration (or here, first); owns nothing and may only append audit rows. */
    static final String APP_ROLE = "rhomboid_app";

    /** What the pool signs in with; the password stays out of logs and toString. */
    record Credentials(String user, String password) {
        @Override
        public String toString() {
            return "Credentials[user=" + user + "]";
        }
    }

    private AppLogin() {
    }

    /** {@code <database>_app_login}: roles belong to the whole server, so each database gets its own login. */
    static String nameFor(String database) {
        String name = database.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return name.substring(0, Math.min(name.length(), 53)) + "_app_login";
    }

    /**
     * Rhomboid keeps the login: the owner creates it if missing (named {@code name}, or after the database when
     * null), takes away lesser rights it should not have (CREATEDB, CREATEROLE, REPLICATION), and gives it
     * {@code password}. An existing role that could leave row-level security is refused before anything changes:
     * a mistyped name must not strip or re-password somebody's administrator account.
     */
    static Credentials keep(DataSource owner, String name, String password) {
        return inTransaction(owner, connection -> {
            String login = name == null || name.isBlank() ? nameFor(currentDatabase(connection)) : name.strip();
            lock(connection, login);
            ensureAppRole(connection);
            boolean exists = roleExists(connection, login);
            if (exists) {
                refuseIfItCanLeaveRowLevelSecurity(connection, login);
            }
            execute(connection, (exists ? "alter role " : "create role ") + quoted(login)
                    + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit");
            grantAppRole(connection, login);
            connection.unwrap(PGConnection.class).alterUserPassword(login, password.toCharArray(), "scram-sha-256");
            check(connection, login);
            return new Credentials(login, password);
        });
    }

    /** Someone else keeps the login (RHOMBOID_DB_APP_USER and _PASSWORD): it only gets the role, and is checked. */
    static Credentials given(DataSource owner, String name, String password) {
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("RHOMBOID_DB_APP_PASSWORD is set but RHOMBOID_DB_APP_USER is not: "
                    + "name the login the application signs in with.");
        }
        return inTransaction(owner, connection -> {
            String login = name.strip();
            lock(connection, login);
            ensureAppRole(connection);
            if (!roleExists(connection, login)) {
                throw new IllegalStateException("RHOMBOID_DB_APP_USER names " + login
                        + ", which does not exist on the database server. Create it with LOGIN and a password.");
            }
            refuseIfItCanLeaveRowLevelSecurity(connection, login);
            grantAppRole(connection, login);
            check(connection, login);
            return new Credentials(login, password);
        });
    }

    /** The same statement as the first migration, which then finds the role made. */
    private static void ensureAppRole(Connection connection) throws SQLException {
        if (!roleExists(connection, APP_ROLE)) {
            execute(connection, "create role " + APP_ROLE + " nologin nosuperuser nobypassrls");
        }
    }

    private static void grantAppRole(Connection connection, String login) throws SQLException {
        try (var member = connection.prepareStatement("select pg_has_role(?, ?, 'MEMBER')")) {
            member.setString(1, login);
            member.setString(2, APP_ROLE);
            try (var rows = member.executeQuery()) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    execute(connection, "grant " + APP_ROLE + " to " + quoted(login));
                }
            }
        }
    }

    /** Refuses to start rather than let the pool sign in as anything that escapes row-level security. */
    private static void check(Connection connection, String login) throws SQLException {
        refuseIfItCanLeaveRowLevelSecurity(connection, login);
        try (var member = connection.prepareStatement("select pg_has_role(?, ?, 'USAGE')")) {
            member.setString(1, login);
            member.setString(2, APP_ROLE);
            try (var rows = member.executeQuery()) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    throw new IllegalStateException("The application's database login " + login
                            + " must inherit " + APP_ROLE + "'s rights (INHERIT).");
                }
            }
        }
    }

    private static void refuseIfItCanLeaveRowLevelSecurity(Connection connection, String login) throws SQLException {
        try (var problems = connection.prepareStatement("""
                select r.rolsuper or r.rolbypassrls,
                       exists (select 1 from pg_roles o
                                where pg_has_role(r.oid, o.oid, 'MEMBER')
                                  and (o.rolsuper or o.rolbypassrls or o.rolname = current_user
                                       or o.oid = (select datdba from pg_database where datname = current_database())
                                       or o.oid = (select nspowner from pg_namespace where nspname = current_schema())))
                  from pg_roles r where r.rolname = ?""")) {
            problems.setString(1, login);
            try (var rows = problems.executeQuery()) {
                rows.next();
                if (rows.getBoolean(1) || rows.getBoolean(2)) {
                    throw new IllegalStateException("The application's database login " + login + " must have "
                            + APP_ROLE + "'s rights and nothing more: no SUPERUSER or BYPASSRLS, and not be (a member "
                            + "of) the owner of the database or schema, or any role with those rights.");
                }
            }
        }
    }

    /** Two instances starting at once on one database make the login one after the other. */
    private static void lock(Connection connection, String login) throws SQLException {
        try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "rhomboid login " + login);
            lock.execute();
        }
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static boolean roleExists(Connection connection, String role) throws SQLException {
        try (var exists = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            exists.setString(1, role);
            try (var rows = exists.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String quoted(String identifier) {
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalStateException("A role name cannot contain a NUL character");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static <T> T inTransaction(DataSource owner, Work<T> work) {
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the application's database login: " + e.getMessage()
                    + " (the owner needs CREATEROLE, or set RHOMBOID_DB_APP_USER and RHOMBOID_DB_APP_PASSWORD)", e);
        }
    }
}
