package org.rhomboid.database;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of the Rhomboid database: one consistent snapshot (a repeatable-read transaction, as pg_dump
 * takes), every table's rows in PostgreSQL's own COPY text format, the sequences' positions and the schema's
 * Flyway version, in one zip file. The schema itself is not in the file: the migrations of that version rebuild it
 * exactly. Restoring empties the schema, migrates it to the backup's version and copies the rows back with
 * triggers off, so the audit trail's hash chain and the signed notes' hashes come back byte for byte.
 *
 * <p>Why not pg_dump: the embedded PostgreSQL programs Rhomboid ships (initdb, pg_ctl and postgres) do not include
 * it, and a pg_dump older than the server refuses to dump it. For an external database, use pg_dump -Fc.
 */
final class Backup {

    static final String MANIFEST = "rhomboid-backup.properties";
    static final String SEQUENCES = "sequences.properties";
    static final String TABLES = "tables/";
    static final String FORMAT = "1";
    private static final String FLYWAY_TABLE = "flyway_schema_history";

    private Backup() {
    }

    /** What a backup holds: rows per table, and the schema version its rows fit. */
    record Contents(String schemaVersion, Map<String, Long> rows) {}

    /** Writes the backup to a new file beside {@code file}, then moves it into place: no half-written backups. */
    static Contents write(Connection connection, Path file) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Contents contents;
        try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
            contents = write(connection, zip);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return contents;
    }

    private static Contents write(Connection connection, ZipOutputStream zip) throws IOException, SQLException {
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.execute("set transaction isolation level repeatable read, read only");
        }
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("created", Instant.now().toString());
            manifest.setProperty("postgres", single(connection, "show server_version"));
            String version = schemaVersion(connection);
            manifest.setProperty("schema", version);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables(connection)) {
                String columns = String.join(",", columns(connection, table));
                manifest.setProperty("columns." + table, columns);
                zip.putNextEntry(new ZipEntry(TABLES + table + ".copy"));
                rows.put(table, copy.copyOut("copy (select " + columns + " from " + AppLogin.quoted(table)
                        + ") to stdout", unclosable(zip)));
                zip.closeEntry();
                manifest.setProperty("rows." + table, rows.get(table).toString());
            }
            manifest.setProperty("tables", String.join(",", rows.keySet()));
            zip.putNextEntry(new ZipEntry(SEQUENCES));
            sequences(connection).store(unclosable(zip), "last_value,is_called per sequence");
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(unclosable(zip), "Rhomboid backup");
            zip.closeEntry();
            return new Contents(version, rows);
        } finally {
            connection.rollback();
        }
    }

    /**
     * Replaces everything in the database with the backup's contents. {@code connection} must be a superuser's:
     * only one may turn triggers off (the audit trail and signed notes refuse changes otherwise).
     */
    static Contents restore(Connection connection, Path file, Flyway flyway) throws IOException, SQLException {
        Properties manifest = manifest(file);
        if (!FORMAT.equals(manifest.getProperty("format"))) {
            throw new IllegalArgumentException(file + " is not a Rhomboid backup this version can read");
        }
        String version = manifest.getProperty("schema");
        flyway.clean();
        Flyway.configure().configuration(flyway.getConfiguration()).target(version).load().migrate();
        connection.setAutoCommit(false);
        try {
            try (var statement = connection.createStatement()) {
                // No triggers (append-only audit, locked notes) and no foreign-key checks while the rows go back.
                statement.execute("set local session_replication_role = replica");
                for (String table : tables(connection)) {
                    statement.execute("truncate " + AppLogin.quoted(table) + " cascade");
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            Properties sequences = new Properties();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().startsWith(TABLES)) {
                        String table = entry.getName().substring(TABLES.length(), entry.getName().length() - 5);
                        rows.put(table, copy.copyIn("copy " + AppLogin.quoted(table) + " ("
                                + manifest.getProperty("columns." + table) + ") from stdin", unclosable(zip)));
                    } else if (entry.getName().equals(SEQUENCES)) {
                        sequences.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.ISO_8859_1)));
                    }
                }
            }
            for (String sequence : sequences.stringPropertyNames()) {
                String[] position = sequences.getProperty(sequence).split(",");
                try (var set = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    set.setString(1, AppLogin.quoted(sequence));
                    set.setLong(2, Long.parseLong(position[0]));
                    set.setBoolean(3, Boolean.parseBoolean(position[1]));
                    set.execute();
                }
            }
            connection.commit();
            return new Contents(version, rows);
        } catch (IOException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    static Properties manifest(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(MANIFEST)) {
                    Properties manifest = new Properties();
                    manifest.load(zip);
                    return manifest;
                }
            }
        } catch (java.util.zip.ZipException notAZip) {
            // said below
        }
        throw new IllegalArgumentException(file + " is not a Rhomboid backup (no " + MANIFEST + " in it)");
    }

    /** The application's tables (not Flyway's own, which the migrations rebuild). */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
                   and c.relname <> '""" + FLYWAY_TABLE + "' order by c.relname")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Stored columns only: generated ones are computed again as the rows go in. */
    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var query = connection.prepareStatement("""
                select a.attname from pg_attribute a
                 where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                 order by a.attnum""")) {
            query.setString(1, AppLogin.quoted(table));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(AppLogin.quoted(rows.getString(1)));
                }
            }
        }
        return columns;
    }

    private static Properties sequences(Connection connection) throws SQLException {
        Properties positions = new Properties();
        List<String> names = new ArrayList<>();
        try (var rows = connection.createStatement().executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind = 'S' order by c.relname""")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        for (String name : names) {
            try (var rows = connection.createStatement().executeQuery(
                    "select last_value, is_called from " + AppLogin.quoted(name))) {
                rows.next();
                positions.setProperty(name, rows.getLong(1) + "," + rows.getBoolean(2));
            }
        }
        return positions;
    }

    private static String schemaVersion(Connection connection) throws SQLException {
        return single(connection, "select version from " + FLYWAY_TABLE
                + " where success and version is not null order by installed_rank desc limit 1");
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
            }
        };
    }

    static String describe(Contents contents) {
        return contents.rows().values().stream().mapToLong(Long::longValue).sum() + " rows in "
                + contents.rows().size() + " tables, schema version " + contents.schemaVersion();
    }
}
