package org.rhomboid.database;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two logins into the same database. Flyway migrates as the owner; the application's pool signs in as its own
 * login, a member of {@value AppLogin#APP_ROLE} with nothing more (see {@link AppLogin}), which row-level security
 * applies to, which can only append audit rows, and which no {@code RESET ROLE} turns into the owner.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    /** The owner's connection details: the external server's, or the embedded one started here. */
    public record ConnectionDetails(String url, String user, String password) {
        @Override
        public String toString() {
            return "ConnectionDetails[url=" + url + ", user=" + user + "]";
        }
    }

    /** The embedded server, if there is one, is started again whenever it stops (see {@link ServerWatchdog}). */
    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties properties,
                                            @Value("${rhomboid.db.watch-every:2s}") Duration watchEvery)
            throws IOException {
        if (properties.external()) {
            return new EmbeddedDatabaseHolder(null);
        }
        EmbeddedDatabase database = EmbeddedDatabase.start(properties);
        database.keepRunning(watchEvery);
        return new EmbeddedDatabaseHolder(database);
    }

    @Bean
    ConnectionDetails databaseConnection(DatabaseProperties properties, EmbeddedDatabaseHolder embedded) {
        if (properties.external()) {
            properties.checkUrl();
            return new ConnectionDetails(properties.url(), properties.user(), properties.password());
        }
        EmbeddedDatabase database = embedded.database();
        return new ConnectionDetails(database.jdbcUrl(), database.user(), database.password());
    }

    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(ConnectionDetails connection) {
        var dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), connection.url());
        dataSource.setUsername(connection.user());
        dataSource.setPassword(connection.password());
        return dataSource;
    }

    /**
     * Made by the owner before the pool opens. The embedded cluster keeps the login's password in its data
     * directory; on an external server it is new on every start, unless someone else keeps the login.
     */
    @Bean
    AppLogin.Credentials applicationLogin(DatabaseProperties properties, EmbeddedDatabaseHolder embedded,
                                          @Qualifier("migrationDataSource") DataSource owner) throws IOException {
        if (!properties.external()) {
            return AppLogin.keep(owner, null, embedded.database().appLoginPassword());
        }
        if (properties.appLoginGiven()) {
            return AppLogin.given(owner, properties.appUser(), properties.appPassword());
        }
        // Another node on the same database would lose its way in at its next new connection (docs/scaling.md).
        log.info("The application's database login gets a new password at this start; with several nodes on one "
                + "database set RHOMBOID_DB_APP_USER and RHOMBOID_DB_APP_PASSWORD instead");
        return AppLogin.keep(owner, properties.appUser(), PrivateFiles.newPassword());
    }

    /**
     * While the database is away a request waits at most {@code connectionWait} for a connection and is answered
     * "503, try again" in about that time instead of hanging for Hikari's default 30 seconds (see
     * {@code DatabaseUnavailable}); once the database is back the pool makes new connections by itself. While the
     * database answers but every connection is at work, a request waits its turn, up to {@code busyWait}
     * ({@link BusyPoolWait}).
     */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(ConnectionDetails connection, AppLogin.Credentials login,
                          @Value("${rhomboid.db.connection-wait:1s}") Duration connectionWait,
                          @Value("${rhomboid.db.busy-wait:10s}") Duration busyWait) {
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("rhomboid");
        dataSource.setJdbcUrl(connection.url());
        dataSource.setUsername(login.user());
        dataSource.setPassword(login.password());
        dataSource.setMaximumPoolSize(10);
        dataSource.setConnectionTimeout(connectionWait.toMillis());
        // Checking an idle connection before handing it out must fit in the same wait.
        dataSource.setValidationTimeout(Math.max(250, connectionWait.toMillis() / 2));
        return new BusyPoolWait(dataSource, busyWait);
    }

    /** Every transaction of the application's own; web sessions have theirs (NodeConfig), which names no clinic. */
    @Bean
    @Primary
    PlatformTransactionManager transactionManager(DataSource dataSource, MeterRegistry registry) {
        return new TenantTransactionManager(dataSource, registry);
    }

    /** Lets the embedded cluster be optional while still being closed on shutdown. */
    public record EmbeddedDatabaseHolder(EmbeddedDatabase database) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (database != null) {
                database.close();
            }
        }
    }
}
