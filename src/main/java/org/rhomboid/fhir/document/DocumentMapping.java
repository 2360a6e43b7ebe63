package org.rhomboid.fhir.document;

import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.rhomboid.fhir.FhirProfiles;
import org.rhomboid.fhir.FhirSystems;

/**
 * A document as US Core DocumentReference: its LOINC type, the clinical-note category, the patient, who wrote and
 * who authenticated it, the visit (encounter and day) it belongs to, and its PDF as a Binary to fetch — never inline.
 */
final class DocumentMapping {

    private DocumentMapping() {
    }

    static DocumentReference toFhir(DocumentRow row, UUID clinicId, String binaryUrl) {
        DocumentReference doc = new DocumentReference();
        doc.setId(row.id());
        doc.getMeta().addProfile(FhirProfiles.DOCUMENT_REFERENCE);
        doc.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        doc.setDocStatus("AWAITING_COSIGN".equals(row.status())
                         ? DocumentReference.ReferredDocumentStatus.PRELIMINARY
                         : DocumentReference.ReferredDocumentStatus.FINAL);
        doc.setType(new CodeableConcept(new Coding(FhirSystems.LOINC, row.kind().loinc, row.kind().loincDisplay))
                .setText(row.kind().title));
        doc.addCategory(new CodeableConcept(new Coding(DocumentQuery.CATEGORY_SYSTEM, DocumentQuery.CLINICAL_NOTE,
                "Clinical Note")));
        doc.setSubject(new Reference("Patient/" + row.patientId()));
        if (row.at() != null) {
            doc.setDate(Date.from(row.at().toInstant()));
        }
        if (row.authorId() != null) {
            doc.addAuthor(new Reference("Practitioner/" + row.authorId()).setDisplay(row.authorName()));
        }
        if (row.signerId() != null) {
            doc.setAuthenticator(new Reference("Practitioner/" + row.signerId()).setDisplay(row.signerName()));
        }
        doc.setCustodian(new Reference("Organization/" + clinicId));
        doc.setDescription(row.kind().title);
        DocumentReference.DocumentReferenceContextComponent context = doc.getContext();
        if (row.kind().isNote()) {
            context.addEncounter(new Reference("Encounter/" + row.noteId()));
        }
        if (row.onDate() != null) {
            DateTimeType day = new DateTimeType(row.onDate().toString());
            context.setPeriod(new Period().setStartElement(day).setEndElement(day.copy()));
        }
        DocumentReference.DocumentReferenceContentComponent content = doc.addContent();
        content.getAttachment().setContentType("application/pdf").setUrl(binaryUrl).setTitle(row.kind().title);
        if (row.at() != null) {
            content.getAttachment().setCreationElement(new DateTimeType(Date.from(row.at().toInstant())));
        }
        return doc;
    }
}
