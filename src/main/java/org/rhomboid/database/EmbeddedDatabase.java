package org.rhomboid.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL cluster Rhomboid runs for itself when no external database is configured.
 * Durability matters more than speed here: zonky turns synchronous_commit off for tests, we turn it back on.
 * Nobody else on the machine gets in: the superuser has a random password kept in the data directory, every
 * connection must prove a password ({@link ClientAuthentication}), the server listens on this machine only, and
 * the data, socket and program folders open for this operating-system user alone.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE = "rhomboid";
    static final String SUPERUSER = "postgres";
    /** While this file is in the data directory a stopped server stays stopped (someone stopped it on purpose). */
    public static final String MAINTENANCE = "rhomboid-maintenance";
    /** zonky reads its working folder from this system property, and only when a builder is made. */
    private static final String ZONKY_WORKING_FOLDER = "ot.epg.working-dir";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private volatile EmbeddedPostgres postgres;
    private final ClusterFolder folder;
    private final String superuserPassword;
    /** Kept across restarts: the pool's URL names it. */
    private final int port;
    private volatile boolean closed;
    private boolean heldForMaintenance;
    private ServerWatchdog watchdog;

    private EmbeddedDatabase(EmbeddedPostgres postgres, ClusterFolder folder, String superuserPassword) {
        this.postgres = postgres;
        this.folder = folder;
        this.superuserPassword = superuserPassword;
        this.port = postgres.getPort();
    }

    public static EmbeddedDatabase start(DatabaseProperties properties) throws IOException {
        ClusterFolder folder = properties.ephemeral() ? ClusterFolder.forThisRun()
                                                      : ClusterFolder.kept(Path.of(properties.dataDir()));
        if (!folder.temporary()) {
            log.info("Starting embedded PostgreSQL with data in {}", folder.data());
        }
        String password;
        EmbeddedPostgres postgres;
        if (folder.initialised()) {
            OrphanedServer.stopIfAny(folder.data());
            if (folder.superuserPassword().isEmpty()) {
                setNewSuperuserPassword(folder);
            }
            password = folder.superuserPassword().orElseThrow();
            ClientAuthentication.requirePasswords(folder.data());
            postgres = server(folder).setConnectConfig("password", password).start();
        } else {
            password = PrivateFiles.newPassword();
            postgres = initialise(folder, password);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(postgres, folder, password);
        try {
            folder.lockDown();
            database.createApplicationDatabase();
            return database;
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * A new cluster is born locked: zonky runs initdb with "-A trust" and then its "locale" settings as
     * {@code --key=value}, so a later {@code --auth} wins and {@code --pwfile} gives the superuser its password.
     */
    private static EmbeddedPostgres initialise(ClusterFolder folder, String password) throws IOException {
        Path passwordFile = folder.passwordFileForInitdb(password);
        try {
            EmbeddedPostgres postgres = server(folder)
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setConnectConfig("password", password)
                    .start();
            folder.keepSuperuserPassword(password);
            // initdb's rules ask for passwords too; ours also leave out replication.
            ClientAuthentication.requirePasswords(folder.data());
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 var reload = connection.createStatement()) {
                reload.execute("select pg_reload_conf()");
            } catch (SQLException e) {
                postgres.close();
                throw new IllegalStateException("Could not reload the embedded database's settings", e);
            }
            return postgres;
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /**
     * A cluster made by an earlier Rhomboid (trust for every local connection), or whose first start was cut
     * short before its password was kept: one start where only this operating-system user's socket gets in,
     * to give the superuser a new password; the caller then starts it again asking everyone for one.
     */
    private static void setNewSuperuserPassword(ClusterFolder folder) throws IOException {
        log.warn("The embedded database in {} has no password kept by Rhomboid; giving its superuser a new one",
                folder.data());
        ClientAuthentication.letThisUserSetThePassword(folder.data());
        String password = PrivateFiles.newPassword();
        try (EmbeddedPostgres postgres = server(folder)
                .setConnectConfig("socketFactory", UnixSocketFactory.class.getName())
                .setConnectConfig("socketFactoryArg", folder.working().toString())
                .setConnectConfig("sslmode", "disable")
                .start();
             Connection connection = postgres.getPostgresDatabase().getConnection()) {
            // The driver sends the SCRAM verifier, never the password itself.
            connection.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(), "scram-sha-256");
            folder.keepSuperuserPassword(password);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the embedded database's superuser a password", e);
        }
    }

    private static EmbeddedPostgres.Builder server(ClusterFolder folder) {
        return zonkyIn(folder.working())
                .setDataDirectory(folder.data())
                .setCleanDataDirectory(folder.temporary())
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", folder.working().toString())
                .setServerConfig("unix_socket_permissions", "0700")
                .setServerConfig("password_encryption", "scram-sha-256");
    }

    /** A zonky builder that unpacks, and cleans up, only in Rhomboid's private working folder. */
    static EmbeddedPostgres.Builder zonkyIn(Path workingFolder) {
        synchronized (EmbeddedDatabase.class) {
            String before = System.getProperty(ZONKY_WORKING_FOLDER);
            System.setProperty(ZONKY_WORKING_FOLDER, workingFolder.toString());
            try {
                return EmbeddedPostgres.builder().setOverrideWorkingDirectory(workingFolder.toFile());
            } finally {
                if (before == null) {
                    System.clearProperty(ZONKY_WORKING_FOLDER);
                } else {
                    System.setProperty(ZONKY_WORKING_FOLDER, before);
                }
            }
        }
    }

    private void createApplicationDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the embedded Rhomboid database", e);
        }
    }

    /** No user or password in the URL: the driver would let them outrank the login each data source names. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The cluster's superuser, which owns the schema; only Flyway (and tests) sign in as it. */
    public String user() {
        return SUPERUSER;
    }

    /** The superuser's password: for Flyway, and for a test that runs nodes of its own on this cluster. */
    public String password() {
        return superuserPassword;
    }

    /** The password of the login the application's pool uses (see {@link AppLogin}). */
    String appLoginPassword() throws IOException {
        return folder.appLoginPassword();
    }

    Path dataDirectory() {
        return folder.data();
    }

    /**
     * The server (the postmaster) is running. Asked of the operating system, not by connecting: a server that is
     * only busy is not restarted.
     */
    boolean running() {
        return Postmaster.running(folder.data()).isPresent();
    }

    /**
     * Starts the server again on the same data and port if it has stopped (killed, crashed, stopped by hand):
     * PostgreSQL recovers from its write-ahead log, and the pool reconnects by itself. Returns whether it did.
     */
    synchronized boolean restartIfStopped() throws IOException {
        if (closed || folder.temporary() || running()) {
            return false; // a temporary cluster would be made anew, empty: tests stop it on purpose
        }
        if (Files.exists(folder.data().resolve(MAINTENANCE))) {
            if (!heldForMaintenance) {
                log.warn("The embedded database server has stopped and {} is in its data directory: it is left "
                        + "stopped until that file is removed", MAINTENANCE);
            }
            heldForMaintenance = true;
            return false;
        }
        heldForMaintenance = false;
        log.warn("The embedded database server has stopped; starting it again on the same data and port {}", port);
        // Lets go of zonky's lock on the data directory (its own stop finds no server and says so in the log).
        postgres.close();
        // The old server's own processes let go of its shared memory within moments; until then a new one refuses.
        Postmaster.awaitNoProcessesIn(folder.data(), java.time.Duration.ofSeconds(10));
        try {
            postgres = server(folder).setConnectConfig("password", superuserPassword).setPort(port).start();
        } catch (IOException | RuntimeException notYet) {
            // zonky keeps its lock file locked when a start fails, in an object nobody can reach any more: only the
            // garbage collector lets go of it, and the next try needs it.
            System.gc();
            throw notYet;
        }
        log.info("The embedded database server is running again");
        return true;
    }

    /** Restarts a server that stops while Rhomboid runs; a temporary cluster (tests) is left alone. */
    synchronized void keepRunning(java.time.Duration every) {
        if (watchdog == null && !folder.temporary()) {
            watchdog = ServerWatchdog.start(this, every);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            if (watchdog != null) {
                watchdog.close();
            }
        }
        postgres.close();
    }
}
