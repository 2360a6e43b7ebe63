package org.rhomboid.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Rhomboid keeps its data. With no {@code url} the application runs its own PostgreSQL
 * in {@code dataDir}; with a {@code url} it uses that server and starts nothing.
 *
 * @param url       JDBC URL of an external PostgreSQL (env RHOMBOID_DB_URL)
 * @param user      login for the external server (env RHOMBOID_DB_USER)
 * @param password  password for the external server (env RHOMBOID_DB_PASSWORD)
 * @param dataDir   directory of the embedded cluster; it survives restarts
 * @param ephemeral embedded cluster in a temporary directory, removed on shutdown (tests)
 */
@ConfigurationProperties("rhomboid.db")
public record DatabaseProperties(String url, String user, String password, String dataDir, boolean ephemeral) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
