package org.rhomboid.fhir;

/** A HAPI interceptor (methods annotated {@code @Hook}) registered with the FHIR server. */
public interface FhirInterceptor {
}
