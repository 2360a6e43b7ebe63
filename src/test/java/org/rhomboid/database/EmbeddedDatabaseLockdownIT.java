package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nobody else on the machine can open the embedded cluster (issue 15, item 2): without the superuser's password
 * there is no way in, over TCP or the socket; the data, socket and program folders are this user's alone; and a
 * cluster made by an earlier Rhomboid, which trusted every local connection, is locked on its next start.
 */
class EmbeddedDatabaseLockdownIT {

    @TempDir
    Path dataDir;

    private DatabaseProperties properties() {
        return new DatabaseProperties(null, null, null, null, null, dataDir.toString(), false);
    }

    private static Connection asSuperuser(EmbeddedDatabase database, String name) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl().replace("/rhomboid", "/" + name),
                database.user(), database.password());
    }

    private static String mode(Path path) throws Exception {
        return Integer.toOctalString((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0777);
    }

    private static void assertLocked(EmbeddedDatabase database) throws Exception {
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", null).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", "guess").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        try (Connection connection = asSuperuser(database, "rhomboid");
             var rows = connection.createStatement().executeQuery(
                     "select type, auth_method, error from pg_hba_file_rules order by line_number")) {
            List<String> rules = new ArrayList<>();
            while (rows.next()) {
                rules.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
            }
            assertThat(rules).containsExactly("local scram-sha-256 null", "host scram-sha-256 null",
                    "host scram-sha-256 null");
        }
        Path kept = database.dataDirectory().resolve(ClusterFolder.SUPERUSER_PASSWORD);
        assertThat(Files.readString(kept).strip()).isEqualTo(database.password()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(mode(kept)).isEqualTo("600");
    }

    @Test
    void withoutTheSuperusersPasswordNobodyGetsIn() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties())) {
            assertLocked(database);
        }
        // The next start reads the same password and writes the same rules.
        try (EmbeddedDatabase again = EmbeddedDatabase.start(properties())) {
            assertLocked(again);
        }
    }

    /** Folders from the file's up to the root that others may write to; a sticky folder (/tmp) keeps others' names. */
    static List<String> foldersOthersMayChange(Path file) throws Exception {
        List<String> open = new ArrayList<>();
        for (Path folder = file.toRealPath().getParent(); folder != null; folder = folder.getParent()) {
            int mode = (Integer) Files.getAttribute(folder, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            boolean writableByOthers = (mode & 0022) != 0;
            boolean sticky = (mode & 01000) != 0;
            if (writableByOthers && !sticky) {
                open.add(folder + " " + Integer.toOctalString(mode & 07777));
            }
        }
        return open;
    }

    @Test
    void theSocketAndTheServerProgramsLiveInFoldersOnlyRhomboidsUserCanChange() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties());
             Connection connection = asSuperuser(database, "rhomboid");
             var statement = connection.createStatement();
             var rows = statement.executeQuery(
                     "select current_setting('unix_socket_directories'), current_setting('unix_socket_permissions')")) {
            rows.next();
            Path socketFolder = Path.of(rows.getString(1));
            assertThat(rows.getString(2)).isEqualTo("0700");
            assertThat(socketFolder.isAbsolute()).isTrue();
            assertThat(mode(socketFolder)).isEqualTo("700");

            String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip();
            Path program = Files.readSymbolicLink(Path.of("/proc", pid, "exe"));
            assertThat(foldersOthersMayChange(program)).as("folders holding %s", program).isEmpty();
            assertThat(program.toString()).doesNotContain("/embedded-pg/");
        }
    }

    @Test
    void theDataFolderIsPrivate() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties())) {
            database.appLoginPassword();
            assertThat(mode(dataDir)).isEqualTo("700");
            try (var files = Files.list(dataDir)) {
                List<Path> plain = files.filter(Files::isRegularFile).toList();
                assertThat(plain).extracting(p -> p.getFileName().toString())
                        .contains(ClusterFolder.SUPERUSER_PASSWORD, ClusterFolder.APP_LOGIN_PASSWORD, "pg_hba.conf");
                for (Path file : plain) {
                    assertThat(mode(file)).as(file.toString()).isEqualTo("600");
                }
            }
        }
    }

    @Test
    void aClusterMadeByAnEarlierRhomboidKeepsItsDataAndIsLockedOnStart() throws Exception {
        // An earlier Rhomboid let zonky make the cluster: "-A trust", every local connection let in.
        try (EmbeddedPostgres earlier = EmbeddedDatabase.zonkyIn(WorkingFolder.forThisUser())
                .setDataDirectory(dataDir).setCleanDataDirectory(false).start();
             Connection connection = earlier.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('from before')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties())) {
            assertLocked(database);
            try (Connection connection = asSuperuser(database, "postgres");
                 var rows = connection.createStatement().executeQuery("select note from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("from before");
            }
        }
    }

    @Test
    void aLostPasswordFileIsReplacedOnTheNextStart() throws Exception {
        String first;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties())) {
            first = database.password();
        }
        Files.delete(dataDir.resolve(ClusterFolder.SUPERUSER_PASSWORD));
        try (EmbeddedDatabase database = EmbeddedDatabase.start(properties())) {
            assertThat(database.password()).isNotEqualTo(first);
            assertLocked(database);
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), "postgres", first).close())
                    .isInstanceOf(SQLException.class);
        }
    }
}
