package org.rhomboid.patient;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;

class PatientDetailsValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private static PatientDetails details(LocalDate birth, Payer payer, String member, String refName, String npi) {
        return new PatientDetails(null, "Ellison", "Margaret", birth, Sex.FEMALE, null, null, null, null, "ME",
                "04101", payer, member, refName, npi, null);
    }

    private Map<String, String> problems(PatientDetails details) {
        return validator.validate(details).stream().collect(Collectors.toMap(
                v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
    }

    @Test
    void aCompleteRecordIsValid() {
        assertThat(problems(details(LocalDate.of(1951, 4, 12), Payer.MEDICARE, "1EG4TE5MK73", "Dr. Brooks",
                "1234567893"))).isEmpty();
    }

    @Test
    void birthDateInTheFutureOrBeyondALifetime() {
        assertThat(problems(details(LocalDate.now().plusDays(1), Payer.SELF_PAY, null, null, null)))
                .containsKey("birthDate");
        assertThat(problems(details(LocalDate.now().minusYears(121), Payer.SELF_PAY, null, null, null)))
                .containsEntry("birthDate", "Date of birth is more than 120 years ago");
    }

    @Test
    void everyPayerButSelfPayNeedsAMemberId() {
        assertThat(problems(details(LocalDate.of(1951, 4, 12), Payer.MEDICARE, " ", null, null))).containsKey("memberId");
        assertThat(problems(details(LocalDate.of(1951, 4, 12), Payer.SELF_PAY, null, null, null))).isEmpty();
    }

    @Test
    void theReferringNpiMustBeWellFormedAndNamed() {
        assertThat(problems(details(LocalDate.of(1951, 4, 12), Payer.SELF_PAY, null, "Dr. B", "1234567890")))
                .containsEntry("referringProviderNpi", "This NPI’s check digit is wrong; check for a typing error");
        assertThat(problems(details(LocalDate.of(1951, 4, 12), Payer.SELF_PAY, null, "Dr. B", "12345")))
                .containsEntry("referringProviderNpi", "An NPI is exactly 10 digits");
        assertThat(problems(details(LocalDate.of(1951, 4, 12), Payer.SELF_PAY, null, "Dr. B", "3234567893")))
                .containsEntry("referringProviderNpi", "An NPI starts with 1 or 2");
        assertThat(problems(details(LocalDate.of(1951, 4, 12), Payer.SELF_PAY, null, null, "1234567893")))
                .containsKey("referringProviderName");
    }

    @Test
    void normalizingTrimsBlanksAndUppercasesCodes() {
        PatientDetails normalized = new PatientDetails(" r1 ", " Ellison ", "Margaret", null, null, "  ", null, null,
                null, "me", null, null, "abc-1", null, null, null).normalized();
        assertThat(normalized.mrn()).isEqualTo("R1");
        assertThat(normalized.familyName()).isEqualTo("Ellison");
        assertThat(normalized.phone()).isNull();
        assertThat(normalized.state()).isEqualTo("ME");
        assertThat(normalized.memberId()).isEqualTo("ABC-1");
    }
}
