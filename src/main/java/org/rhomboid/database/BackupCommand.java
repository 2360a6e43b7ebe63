package org.rhomboid.database;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar rhomboid.jar backup <file>} and {@code restore <file>}, for the embedded database, without
 * starting the web application. A backup may be taken while Rhomboid runs (from its server, in one consistent
 * snapshot); a restore replaces everything and so refuses while Rhomboid runs on the same data. The data directory
 * is RHOMBOID_DATA_DIR (or {@code --data-dir=}), as for Rhomboid itself. See {@link Backup} for the file.
 */
public final class BackupCommand {

    private static final String DEFAULT_DATA_DIR = "./data/postgres";

    private BackupCommand() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; the exit status: 0 done, 1 failed, 2 wrongly asked. */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        quietLogs();
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("Usage: java -jar rhomboid.jar backup|restore <file> [--data-dir=<embedded data directory>]");
            return 2;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        Optional<String> given = option(args, "--data-dir=");
        String external = environment.getOrDefault("RHOMBOID_DB_URL", "");
        if (given.isEmpty() && !external.isBlank()) {
            err.println("Rhomboid uses an external database (RHOMBOID_DB_URL): back it up and restore it with "
                    + "PostgreSQL's pg_dump -Fc and pg_restore, as docs/backup-and-recovery.md shows.");
            return 2;
        }
        Path dataDir = Path.of(given.orElse(environment.getOrDefault("RHOMBOID_DATA_DIR", DEFAULT_DATA_DIR)))
                .toAbsolutePath().normalize();
        if (!Files.isRegularFile(dataDir.resolve("postgresql.conf"))) {
            err.println("There is no embedded Rhomboid database in " + dataDir
                    + " (set RHOMBOID_DATA_DIR or --data-dir=)");
            return 2;
        }
        try {
            if (args[0].equals("backup")) {
                out.println("Backed up " + Backup.describe(backup(dataDir, file)) + " to " + file);
            } else {
                out.println("Restored " + Backup.describe(restore(dataDir, file)) + " from " + file);
            }
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** From the running Rhomboid's server if there is one, else from the server started here for the purpose. */
    static Backup.Contents backup(Path dataDir, Path file) throws IOException, SQLException {
        Optional<Postmaster> running = Postmaster.running(dataDir);
        if (running.isPresent() && OrphanedServer.heldByAnother(dataDir)) {
            String password = ClusterFolder.kept(dataDir).superuserPassword().orElseThrow(
                    () -> new IllegalStateException("No superuser password kept in " + dataDir));
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:"
                    + running.get().port() + "/" + EmbeddedDatabase.DATABASE, EmbeddedDatabase.SUPERUSER, password)) {
                return Backup.write(connection, file);
            }
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept(dataDir));
             Connection connection = superuser(database)) {
            return Backup.write(connection, file);
        }
    }

    static Backup.Contents restore(Path dataDir, Path file) throws IOException, SQLException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("There is no file " + file);
        }
        Backup.manifest(file); // a file that is no backup is refused before anything changes
        if (OrphanedServer.heldByAnother(dataDir)) {
            throw OrphanedServer.runningElsewhere(dataDir);
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(kept(dataDir));
             Connection connection = superuser(database)) {
            Flyway flyway = Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
                    .locations("classpath:db/migration").cleanDisabled(false).load();
            return Backup.restore(connection, file, flyway);
        }
    }

    private static DatabaseProperties kept(Path dataDir) {
        return new DatabaseProperties(null, null, null, null, null, dataDir.toString(), false);
    }

    private static Connection superuser(EmbeddedDatabase database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    private static Optional<String> option(String[] args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Optional.of(arg.substring(prefix.length()));
            }
        }
        return Optional.empty();
    }

    /** Without Spring Boot's logging set-up the libraries would log at DEBUG: only warnings matter here. */
    private static void quietLogs() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback) {
            logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
