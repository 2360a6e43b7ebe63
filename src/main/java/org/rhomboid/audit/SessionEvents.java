package org.rhomboid.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Tells Spring Security (and SecurityAudit) when a web session ends, so a time-out is in the trail. */
@Configuration(proxyBeanMethods = false)
class SessionEvents {

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
