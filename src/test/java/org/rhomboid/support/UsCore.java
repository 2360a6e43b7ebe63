package org.rhomboid.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI's instance validator chained with the US Core 6.1.0 package (CC0, src/test/resources/fhir), loaded offline
 * from the classpath. One per test JVM: its first validation takes seconds, later ones milliseconds.
 */
public final class UsCore {

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static FhirValidator validator;

    private UsCore() {
    }

    public static synchronized FhirValidator validator() {
        if (validator == null) {
            NpmPackageValidationSupport usCore = new NpmPackageValidationSupport(CONTEXT);
            try {
                usCore.loadPackageFromClasspath("classpath:fhir/us-core-6.1.0.tgz");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ValidationSupportChain chain = new ValidationSupportChain(new LoincDocumentTypes(CONTEXT), usCore,
                    new DefaultProfileValidationSupport(CONTEXT),
                    new CommonCodeSystemsTerminologyService(CONTEXT),
                    new InMemoryTerminologyServerValidationSupport(CONTEXT),
                    new SnapshotGeneratingValidationSupport(CONTEXT));
            FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
            instanceValidator.setErrorForUnknownProfiles(true);
            validator = CONTEXT.newValidator().registerValidatorModule(instanceValidator);
        }
        return validator;
    }

    /** The errors (and fatal errors) validating the resource against the profiles it claims and base R4. */
    public static List<SingleValidationMessage> errors(IBaseResource resource) {
        return validator().validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .toList();
    }

    /** Every message in one line each, for an assertion's description. */
    public static String describe(List<SingleValidationMessage> messages) {
        return String.join("\n", messages.stream()
                .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage()).toList());
    }
}
