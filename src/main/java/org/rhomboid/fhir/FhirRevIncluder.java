package org.rhomboid.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;

/** The resources of one type that refer to given targets: what a {@code _revinclude} (e.g. Provenance:target) brings. */
public interface FhirRevIncluder {

    /** The {@code _revinclude} value it answers, e.g. {@code Provenance:target}. */
    String revinclude();

    /** Those referring to any of the targets ("Type/id"), checked and audited. */
    List<? extends Resource> referringTo(List<String> targets);
}
