package org.rhomboid.secondary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhomboid.billing.claim.Address;
import org.rhomboid.billing.claim.Claim;
import org.rhomboid.billing.claim.Interchange;
import org.rhomboid.billing.claim.PatientLevel;
import org.rhomboid.billing.claim.Payer;
import org.rhomboid.billing.claim.Provider;
import org.rhomboid.billing.claim.ServiceLine;
import org.rhomboid.billing.claim.Submitter;
import org.rhomboid.billing.claim.Subscriber;
import org.rhomboid.billing.claim.X12ClaimWriter;

/** A claim written by X12ClaimWriter reads back as it was billed: what the secondary claim repeats. */
class PrimaryClaimFileTest {

    private static final LocalDate VISIT = LocalDate.of(2025, 3, 3);
    private static final Address HOME = new Address("22 Oak Ave", "Springfield", "IL", "62704");
    private static final Provider CLINIC = Provider.organization("Rhomboid Physical Therapy", "1234567893",
            "12-3456789", "225100000X", new Address("100 Main St", "Springfield", "IL", "62701-1234"));

    private static Claim claim(String id, PatientLevel patient) {
        return new Claim(id, new BigDecimal("175.00"), "11", CLINIC,
                new Subscriber("W123", "Partner", "Robin", LocalDate.of(1960, 5, 6), "F", HOME),
                new Payer("Acme Health", "ACME1", "CI"), List.of("M54.6", "M62.830"),
                List.of(new ServiceLine("97110", List.of("GP"), new BigDecimal("120.00"), 2, VISIT, List.of(1, 2)),
                        new ServiceLine("97140", List.of("GP", "59"), new BigDecimal("55.00"), 1, VISIT, List.of(2))),
                Provider.person("Smith", "Anna", "1987654328"),
                new Provider(null, "Lee", "Jordan", "1456789019", null, "225100000X", null), "PA-1", patient, "P");
    }

    private static String file(Claim... claims) {
        return new X12ClaimWriter().write(new Interchange("RHOMBOID01", "CLEARHOUSE", "Example Clearinghouse",
                new Submitter("Rhomboid Physical Therapy", "Billing Office", "217-555-0100"), 42, 'T',
                LocalDateTime.of(2025, 3, 4, 9, 30)), List.of(claims));
    }

    @Test
    void aSpousesClaimReadsBackWithItsPatientLinesAndProviders() {
        PatientLevel patient = new PatientLevel("01", "Doe", "Sam", LocalDate.of(1956, 2, 1), "M", HOME);
        String file = file(claim("FIRST1", null), claim("SECOND2", patient));

        PrimaryClaimFile.Sent sent = PrimaryClaimFile.find(file, "SECOND2").orElseThrow();

        assertThat(sent.totalCharge()).isEqualByComparingTo("175.00");
        assertThat(sent.placeOfService()).isEqualTo("11");
        assertThat(sent.billingProvider().npi()).isEqualTo("1234567893");
        assertThat(sent.billingProvider().taxId()).isEqualTo("123456789");
        assertThat(sent.billingProvider().taxonomy()).isEqualTo("225100000X");
        assertThat(sent.payerId()).isEqualTo("ACME1");
        assertThat(sent.filingIndicator()).isEqualTo("CI");
        assertThat(sent.relationship()).isEqualTo("01");
        assertThat(sent.memberId()).isEqualTo("W123");
        assertThat(sent.subscriber().lastName()).isEqualTo("PARTNER");
        assertThat(sent.patient().lastName()).isEqualTo("DOE");
        assertThat(sent.patient().birthDate()).isEqualTo(LocalDate.of(1956, 2, 1));
        assertThat(sent.patient().address().zip()).isEqualTo("62704");
        assertThat(sent.diagnoses()).containsExactly("M546", "M62830");
        assertThat(sent.referring().lastName()).isEqualTo("SMITH");
        assertThat(sent.rendering().npi()).isEqualTo("1456789019");
        assertThat(sent.lines()).extracting(ServiceLine::procedureCode).containsExactly("97110", "97140");
        assertThat(sent.lines().get(1).modifiers()).containsExactly("GP", "59");
        assertThat(sent.lines().get(0).diagnosisPointers()).containsExactly(1, 2);
        assertThat(sent.lines().get(0).serviceDate()).isEqualTo(VISIT);

        PrimaryClaimFile.Sent self = PrimaryClaimFile.find(file, "FIRST1").orElseThrow();
        assertThat(self.relationship()).isEqualTo("18");
        assertThat(self.patient().lastName()).isEqualTo("PARTNER");
        assertThat(PrimaryClaimFile.find(file, "NOTSENT")).isEmpty();
    }

    @Test
    void aGarbledClaimIsRefusedWithAReasonNotAnError() {
        String garbled = file(claim("FIRST1", null)).replace("DTP*472*D8*20250303", "DTP*472*D8*2025XX03");

        assertThatThrownBy(() -> PrimaryClaimFile.find(garbled, "FIRST1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("could not be read back");
    }
}
