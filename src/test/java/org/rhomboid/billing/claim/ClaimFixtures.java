package org.rhomboid.billing.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A Medicare physical therapy visit and the clearinghouse settings the tests write it with. */
final class ClaimFixtures {

    static final LocalDate VISIT = LocalDate.of(2025, 3, 3);

    private ClaimFixtures() {
    }

    static Interchange interchange() {
        return new Interchange("RHOMBOID01", "CLEARHOUSE", "Example Clearinghouse",
                new Submitter("Rhomboid Physical Therapy", "Billing Office", "217-555-0100"),
                42, 'T', LocalDateTime.of(2025, 3, 4, 9, 30));
    }

    static Provider clinic() {
        return Provider.organization("Rhomboid Physical Therapy", "1234567893", "12-3456789", "225100000X",
                new Address("100 Main St", "Springfield", "IL", "62701-1234"));
    }

    static Subscriber subscriber(String memberId, String last) {
        return new Subscriber(memberId, last, "Pat", LocalDate.of(1954, 6, 12), "F",
                new Address("22 Oak Ave", "Springfield", "IL", "62704"));
    }

    static Payer medicare() {
        return new Payer("Medicare Part B", "00952", "MB");
    }

    static ServiceLine line(String code, List<String> modifiers, String charge, int units, Integer... pointers) {
        return new ServiceLine(code, modifiers, new BigDecimal(charge), units, VISIT, List.of(pointers));
    }

    /** Evaluation, two units of therapeutic exercise, and manual therapy flagged as a distinct service. */
    static Claim demoVisit() {
        return visit("V2025-0001", subscriber("1EG4TE5MK73", "Doe"));
    }

    static Claim visit(String claimId, Subscriber subscriber) {
        return new Claim(claimId, new BigDecimal("325.00"), "11", clinic(), subscriber, medicare(),
                List.of("M54.6", "M62.830"),
                List.of(line("97161", List.of("GP"), "150.00", 1, 1, 2),
                        line("97110", List.of("GP"), "120.00", 2, 1, 2),
                        line("97140", List.of("GP", "59"), "55.00", 1, 2)),
                Provider.person("Smith", "Anna", "1987654328"),
                new Provider(null, "Lee", "Jordan", "1456789019", null, "225100000X", null));
    }
}
