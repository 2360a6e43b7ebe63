package org.rhomboid.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The FHIR R4 server (docs/fhir.md): HAPI's plain RestfulServer at /fhir over Rhomboid's own tables. */
@Configuration
class FhirConfig {

    /** One context for the application: building one reads every R4 model class (about a second). */
    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Bean
    ServletRegistrationBean<FhirServer> fhirServlet(FhirServer server) {
        ServletRegistrationBean<FhirServer> registration = new ServletRegistrationBean<>(server, "/fhir/*");
        registration.setName("fhir");
        // Scanned at start rather than on the first request, which would otherwise wait for it.
        registration.setLoadOnStartup(1);
        return registration;
    }
}
