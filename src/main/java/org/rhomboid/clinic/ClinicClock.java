package org.rhomboid.clinic;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock "today" is read from; a clinic's day is this instant seen in the clinic's zone ({@link ClinicDates}). */
@Configuration(proxyBeanMethods = false)
class ClinicClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
