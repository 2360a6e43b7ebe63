package org.rhomboid.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.module.SimpleModule;

/** Bad input stops at the edge: {@link InputEdgeFilter} for forms and headers, {@link JsonTextRules} for JSON. */
@Configuration(proxyBeanMethods = false)
class InputEdge {

    /**
     * Ahead of Spring Security's chain (-100, whose CSRF check reads the form) and of the oversized-upload filter
     * (-101, outside), which answers uploads beyond the multipart limit before anything reads them.
     */
    private static final int BEFORE_SECURITY_AND_UPLOADS = -102;

    @Bean
    FilterRegistrationBean<InputEdgeFilter> inputEdgeFilter(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        FilterRegistrationBean<InputEdgeFilter> registration =
                new FilterRegistrationBean<>(new InputEdgeFilter(maxRequestSize.toBytes()));
        registration.setOrder(BEFORE_SECURITY_AND_UPLOADS);
        return registration;
    }

    /**
     * Outside every filter that reads the database (the rate limits at HIGHEST_PRECEDENCE + 10 count requests in it,
     * then the security chain): see {@link DatabaseUnavailableFilter}.
     */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Spring Boot registers every Jackson module bean with the application's JSON mapper. */
    @Bean
    SimpleModule jsonTextRules() {
        return JsonTextRules.module();
    }
}
