package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded cluster keeps its data across restarts and commits durably. */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    private Connection connect(EmbeddedDatabase database) throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    }

    @Test
    void dataSurvivesARestartAndCommitsAreDurable() throws Exception {
        DatabaseProperties properties = new DatabaseProperties(null, null, null, null, null, dataDir.toString(), false);
        try (EmbeddedDatabase first = EmbeddedDatabase.start(properties);
             Connection connection = connect(first);
             var statement = connection.createStatement()) {
            statement.execute("create table kept (note text)");
            statement.execute("insert into kept values ('still here')");
            try (var settings = statement.executeQuery(
                    "select current_setting('synchronous_commit'), current_setting('fsync')")) {
                settings.next();
                assertThat(settings.getString(1)).isEqualTo("on");
                assertThat(settings.getString(2)).isEqualTo("on");
            }
        }
        assertThat(Files.exists(dataDir.resolve("postgresql.conf"))).isTrue();

        try (EmbeddedDatabase second = EmbeddedDatabase.start(properties);
             Connection connection = connect(second);
             var rows = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }
}
