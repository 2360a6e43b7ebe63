package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.rhomboid.bootstrap.DemoClinic;
import org.rhomboid.support.ChildApp;
import org.rhomboid.support.WebSession;

/**
 * Issue 17, backup and restore of the embedded database with Rhomboid's own command line: a backup taken while
 * Rhomboid runs, data changed afterwards, the restore (refused while Rhomboid runs) brings back every row and the
 * signed note with its hash as they were.
 */
@DisabledIfEnvironmentVariable(named = "RHOMBOID_DB_URL", matches = ".+",
        disabledReason = "starts its own PostgreSQL whatever RHOMBOID_DB_URL names: CI runs it once, in the embedded pass")
class BackupRestoreIT {

    @TempDir
    Path folder;

    @Test
    void aBackupTakenWhileRhomboidRunsRestoresEveryRowAndTheSignedNoteAsItWas() throws Exception {
        Path data = folder.resolve("postgres");
        Path backup = folder.resolve("rhomboid.backup");
        Map<String, Long> before;
        UUID note;
        String hash;
        try (ChildApp app = ChildApp.start(data, ChildApp.logFile("BackupRestoreIT"))) {
            UUID episode = DemoVisits.openEpisodes(data).get(0);
            note = DemoVisits.firstNoteSigned(app.port(), episode);
            try (Connection db = app.superuser()) {
                before = rowCounts(db);
                hash = noteHash(db, note);
            }
            assertThat(hash).matches("[0-9a-f]{64}");

            ChildApp.Command backedUp = ChildApp.command("backup", backup.toString(), "--data-dir=" + data);
            assertThat(backedUp.exit()).as(backedUp.output()).isZero();
            assertThat(backedUp.output()).contains("Backed up");
            Properties manifest = Backup.manifest(backup);
            for (String table : List.of("patient", "episode", "note", "note_service", "outcome_result")) {
                assertThat(Long.valueOf(manifest.getProperty("rows." + table))).as(table).isEqualTo(before.get(table));
            }

            // Changes after the backup: three more outcomes recorded.
            WebSession pt = WebSession.signIn(app.port(), DemoClinic.PT_EMAIL, DemoVisits.PASSWORD);
            String outcomes = "/episodes/" + episode + "/outcomes";
            for (int score = 3; score < 6; score++) {
                assertThat(pt.post(outcomes, Map.of("instrument", "NPRS", "r0", Integer.toString(score),
                        "measuredOn", DemoVisits.TODAY.toString()), outcomes).status()).isEqualTo(302);
            }
            try (Connection db = app.superuser()) {
                assertThat(rowCounts(db).get("outcome_result")).isEqualTo(before.get("outcome_result") + 3);
            }

            ChildApp.Command refused = ChildApp.command("restore", backup.toString(), "--data-dir=" + data);
            assertThat(refused.exit()).as("no restore under a running Rhomboid").isEqualTo(1);
            assertThat(refused.output()).contains("already running");
        }

        ChildApp.Command notABackup = ChildApp.command("restore", data.resolve("postgresql.conf").toString(),
                "--data-dir=" + data);
        assertThat(notABackup.exit()).isEqualTo(1);
        assertThat(notABackup.output()).contains("is not a Rhomboid backup");

        ChildApp.Command restored = ChildApp.command("restore", backup.toString(), "--data-dir=" + data);
        assertThat(restored.exit()).as(restored.output()).isZero();

        Properties manifest = Backup.manifest(backup);
        try (EmbeddedDatabase database = EmbeddedDatabase.start(
                new DatabaseProperties(null, null, null, null, null, data.toString(), false));
             Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            Map<String, Long> after = rowCounts(db);
            for (String table : manifest.getProperty("tables").split(",")) {
                assertThat(after.get(table)).as("rows of %s", table)
                        .isEqualTo(Long.valueOf(manifest.getProperty("rows." + table)));
            }
            assertThat(after.get("outcome_result")).as("the later outcomes are gone")
                    .isEqualTo(before.get("outcome_result"));
            assertThat(noteHash(db, note)).as("the signed note's hash").isEqualTo(hash);
            try (var same = db.createStatement().executeQuery("select count(*) from note where content_hash"
                    + " <> encode(sha256(convert_to(content, 'UTF8')), 'hex')")) {
                same.next();
                assertThat(same.getLong(1)).as("every signed note still matches its hash").isZero();
            }
        }

        try (ChildApp again = ChildApp.start(data, ChildApp.logFile("BackupRestoreIT-restored"))) {
            WebSession pt = WebSession.signIn(again.port(), DemoClinic.PT_EMAIL, DemoVisits.PASSWORD);
            assertThat(pt.get("/notes/" + note).body()).as("Rhomboid runs on the restored data").contains("Signed");
        }
    }

    private static Map<String, Long> rowCounts(Connection db) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (var tables = db.createStatement().executeQuery("select relname from pg_class c join pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'"
                + " and relname <> 'flyway_schema_history' order by relname")) {
            while (tables.next()) {
                counts.put(tables.getString(1), null);
            }
        }
        for (String table : counts.keySet()) {
            try (var rows = db.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
                rows.next();
                counts.put(table, rows.getLong(1));
            }
        }
        return counts;
    }

    private static String noteHash(Connection db, UUID note) throws Exception {
        try (var query = db.prepareStatement("select content_hash from note where id = ?")) {
            query.setObject(1, note);
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }
}
