package org.rhomboid.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The FHIR R4 server (docs/fhir.md): HAPI's plain RestfulServer at /fhir over Rhomboid's own tables. */
@Configuration
class FhirConfig {

    /** One context for the application: building one reads every R4 model class (about a second). */
    @Bean
    FhirContext fhirContext() {
        FhirContext context = FhirContext.forR4();
        // A body with an unknown element or a value that does not parse is refused (400) rather than read in part
        // (and logged with the value, as the lenient handler does).
        context.setParserErrorHandler(new StrictErrorHandler());
        return context;
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
