package org.rhomboid.database;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Rhomboid keeps its data. With no {@code url} the application runs its own PostgreSQL
 * in {@code dataDir}; with a {@code url} it uses that server and starts nothing.
 *
 * @param url         JDBC URL of an external PostgreSQL (env RHOMBOID_DB_URL), without user or password
 * @param user        the schema owner's login on the external server, used by Flyway only (env RHOMBOID_DB_USER)
 * @param password    the owner's password (env RHOMBOID_DB_PASSWORD)
 * @param appUser     the login the application's pool uses on the external server (env RHOMBOID_DB_APP_USER);
 *                    empty means {@code <database>_app_login}, made by the owner
 * @param appPassword its password (env RHOMBOID_DB_APP_PASSWORD); empty means the owner gives the login a new
 *                    random password on every start, set means someone else keeps the login
 * @param dataDir     directory of the embedded cluster; it survives restarts
 * @param ephemeral   embedded cluster in a temporary directory, removed on shutdown (tests)
 */
@ConfigurationProperties("rhomboid.db")
public record DatabaseProperties(String url, String user, String password, String appUser, String appPassword,
                                 String dataDir, boolean ephemeral) {

    private static final Pattern LOGIN_IN_URL = Pattern.compile("[?&](user|password)=", Pattern.CASE_INSENSITIVE);

    public boolean external() {
        return url != null && !url.isBlank();
    }

    boolean appLoginGiven() {
        return appPassword != null && !appPassword.isBlank();
    }

    /** The driver lets a user in the URL outrank the one a data source names: the pool would sign in as the owner. */
    void checkUrl() {
        if (external() && LOGIN_IN_URL.matcher(url).find()) {
            throw new IllegalStateException("RHOMBOID_DB_URL must not name a user or password: put the owner's "
                    + "login in RHOMBOID_DB_USER and RHOMBOID_DB_PASSWORD.");
        }
    }
}
