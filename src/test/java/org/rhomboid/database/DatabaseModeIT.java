package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The application runs on the database it was told to: RHOMBOID_DB_URL's server, or its own embedded one. */
@RhomboidIntegrationTest
class DatabaseModeIT {

    @Autowired
    DatabaseConfig.EmbeddedDatabaseHolder embedded;
    @Autowired
    DatabaseConfig.ConnectionDetails connection;

    @Test
    void externalWhenConfiguredEmbeddedOtherwise() {
        String external = System.getenv("RHOMBOID_DB_URL");
        if (external != null && !external.isBlank()) {
            assertThat(embedded.database()).as("no embedded server may start").isNull();
            assertThat(connection.url()).isEqualTo(external);
        } else {
            assertThat(embedded.database()).isNotNull();
            assertThat(connection.url()).startsWith("jdbc:postgresql://localhost:").contains("/rhomboid");
        }
    }
}
