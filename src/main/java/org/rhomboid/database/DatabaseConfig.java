package org.rhomboid.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two ways into the same database. Flyway migrates as the owner; the application itself works as the
 * restricted role {@value #APP_ROLE}, which row-level security applies to and which can only append audit rows.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {

    /** Created by the first migration; owns nothing, so row-level security always applies to it. */
    public static final String APP_ROLE = "rhomboid_app";

    /** Connection details, resolved once: the external server, or the embedded one started here. */
    public record ConnectionDetails(String url, String user, String password) {
        @Override
        public String toString() {
            return "ConnectionDetails[url=" + url + ", user=" + user + "]";
        }
    }

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseHolder embeddedDatabase(DatabaseProperties properties) throws IOException {
        return new EmbeddedDatabaseHolder(properties.external() ? null : EmbeddedDatabase.start(properties));
    }

    @Bean
    ConnectionDetails databaseConnection(DatabaseProperties properties, EmbeddedDatabaseHolder embedded) {
        if (properties.external()) {
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

    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(ConnectionDetails connection) {
        var dataSource = new HikariDataSource();
        dataSource.setPoolName("rhomboid");
        dataSource.setJdbcUrl(connection.url());
        dataSource.setUsername(connection.user());
        dataSource.setPassword(connection.password());
        dataSource.setMaximumPoolSize(10);
        // Every pooled connection works as the restricted role; see V1 migration.
        dataSource.setConnectionInitSql("set role " + APP_ROLE);
        return dataSource;
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantTransactionManager(dataSource);
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
