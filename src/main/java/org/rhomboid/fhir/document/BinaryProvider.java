package org.rhomboid.fhir.document;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.springframework.stereotype.Component;

/**
 * Binary: a document's PDF, made on demand by the feature that makes it for the web pages. With
 * {@code Accept: application/pdf} (or any non-FHIR type) HAPI answers the raw bytes; with a FHIR type, a Binary
 * resource. Read under the same role rule, tenancy, restriction and audit as the document.
 */
@Component
public class BinaryProvider implements IResourceProvider {

    private final DocumentFiles files;

    BinaryProvider(DocumentFiles files) {
        this.files = files;
    }

    @Override
    public Class<Binary> getResourceType() {
        return Binary.class;
    }

    @Read
    public Binary read(@IdParam IdType id) {
        DocumentFiles.File file = files.pdf(id.getIdPart());
        Binary binary = new Binary();
        binary.setId(id.getIdPart());
        binary.setContentType("application/pdf");
        binary.setSecurityContext(new Reference("DocumentReference/" + id.getIdPart()));
        binary.setData(file.bytes());
        return binary;
    }
}
