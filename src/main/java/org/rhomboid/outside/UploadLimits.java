package org.rhomboid.outside;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Puts {@link OversizedUploadFilter} ahead of Spring Security, whose CSRF check would read the form first. */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    /** Spring Security's filter chain runs at -100 (SecurityFilterProperties.DEFAULT_FILTER_ORDER). */
    private static final int BEFORE_SECURITY = -101;

    @Bean
    FilterRegistrationBean<OversizedUploadFilter> oversizedUploadFilter(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        FilterRegistrationBean<OversizedUploadFilter> registration =
                new FilterRegistrationBean<>(new OversizedUploadFilter(maxRequestSize.toBytes()));
        registration.setOrder(BEFORE_SECURITY);
        return registration;
    }
}
