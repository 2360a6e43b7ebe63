package org.rhomboid.fhir.provenance;

import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.fhir.FhirProfiles;

/**
 * A signature, co-signature or addendum as US Core Provenance: the document (and its visit) as targets, when, and
 * the practitioner who did it on behalf of the clinic. A physical therapist's signature makes them author and
 * legal authenticator; an assistant's makes them author, and the co-signing therapist is the legal authenticator;
 * an addendum's author amends the document.
 */
final class ProvenanceMapping {

    static final String PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";
    static final String DATA_OPERATION = "http://terminology.hl7.org/CodeSystem/v3-DataOperation";

    private ProvenanceMapping() {
    }

    static Provenance toFhir(ProvenanceRow row, UUID clinicId) {
        Provenance provenance = new Provenance();
        provenance.setId(row.id());
        provenance.getMeta().addProfile(FhirProfiles.PROVENANCE);
        provenance.addTarget(new Reference("DocumentReference/" + row.noteId()));
        provenance.addTarget(new Reference("Encounter/" + row.noteId()));
        provenance.setRecorded(Date.from(row.recorded().toInstant()));
        switch (row.act()) {
            case "SIGNED" -> {
                provenance.setActivity(activity("CREATE", "create"));
                agent(provenance, "author", "Author", row, clinicId);
                if ("PT".equals(row.authorRole())) {
                    agent(provenance, "legal", "Legal Authenticator", row, clinicId);
                }
            }
            case "COSIGNED" -> agent(provenance, "legal", "Legal Authenticator", row, clinicId);
            default -> {
                provenance.setActivity(activity("UPDATE", "revise"));
                agent(provenance, "author", "Author", row, clinicId);
            }
        }
        return provenance;
    }

    private static CodeableConcept activity(String code, String display) {
        return new CodeableConcept(new Coding(DATA_OPERATION, code, display));
    }

    private static void agent(Provenance provenance, String code, String display, ProvenanceRow row, UUID clinicId) {
        provenance.addAgent()
                .setType(new CodeableConcept(new Coding(PARTICIPANT_TYPE, code, display)))
                .setWho(new Reference("Practitioner/" + row.who()).setDisplay(row.whoName()))
                .setOnBehalfOf(new Reference("Organization/" + clinicId));
    }
}
