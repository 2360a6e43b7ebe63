package org.rhomboid.fhir;

/** A plain provider of server- or type-level operations ($everything, $docref): registered with the server. */
public interface FhirOperations {
}
