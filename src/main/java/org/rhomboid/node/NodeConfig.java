package org.rhomboid.node;

import jakarta.servlet.DispatcherType;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Several nodes behind one load balancer, on one PostgreSQL (docs/scaling.md). Sessions are in the database (Spring
 * Session JDBC, V28); every {@code @Scheduled} job also carries ShedLock's {@code @SchedulerLock}, whose lock row in
 * {@code shedlock} (the database's clock, so nodes' clocks may differ) lets one node at a time run it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
public class NodeConfig {

    @Bean
    NodeName nodeName(@Value("${rhomboid.node.name:}") String configured, @Value("${server.port:8080}") int port) {
        return NodeName.of(configured, port);
    }

    /** The lock rows are written by the application's own login (no row-level security on them: no clinic). */
    @Bean
    LockProvider lockProvider(DataSource dataSource, NodeName node) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .withLockedByValue(node.value())
                .build());
    }

    /**
     * Sessions are read before anyone is known, so their transactions name no clinic: the tenant transaction manager
     * would ask the signed-in person's clinic, that is the very session being read.
     */
    @Bean
    @SpringSessionTransactionManager
    PlatformTransactionManager sessionTransactions(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

    @Bean
    FilterRegistrationBean<NodeHeaderFilter> nodeHeaderFilter(NodeName node) {
        FilterRegistrationBean<NodeHeaderFilter> registration = new FilterRegistrationBean<>(new NodeHeaderFilter(node));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
