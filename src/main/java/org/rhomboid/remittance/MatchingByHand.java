package org.rhomboid.remittance;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A biller matching a claim payment or line that matched nothing billed: find the billed claim (by claim ID,
 * patient, date of service or charge), choose it, confirm. The match is its own insert-only row (remittance_match,
 * with who and when): the remittance rows stay as the payer sent them. Searches audit the patients they showed;
 * a match audits the patient it posted the payment to.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class MatchingByHand {

    private final RemittanceRepository remittances;
    private final AuditLog audit;

    MatchingByHand(RemittanceRepository remittances, AuditLog audit) {
        this.remittances = remittances;
        this.audit = audit;
    }

    /** An item still waiting to be matched; 404 once matched (or in another clinic). */
    public RemittanceRepository.Item item(UUID itemId) {
        RemittanceRepository.Item item = remittances.unmatchedItem(ClinicScope.require(), itemId)
                .orElseThrow(() -> new NotFoundException("Unmatched payment"));
        if (item.shown().patientId() != null) {
            audit.record(AuditAction.READ, RemittancePosting.RESOURCE, itemId, item.shown().patientId(),
                    AuditOutcome.SUCCESS, "unmatched line");
        }
        return item;
    }

    /** Billed claims that fit the search; with no condition, the claims of the item's own claim ID, if billed. */
    public List<RemittanceRepository.Billed> search(RemittanceRepository.Item item,
                                                    RemittanceRepository.Search search) {
        UUID clinic = ClinicScope.require();
        boolean empty = Stream.of(search.claimId(), search.patient(), search.serviceDate(), search.amount())
                .allMatch(Objects::isNull);
        List<RemittanceRepository.Billed> found = empty
                ? remittances.billed(clinic, item.shown().claimId()).stream().toList()
                : remittances.search(clinic, search);
        audit.recordShown(AuditAction.SEARCH, RemittancePosting.RESOURCE, found.stream()
                .map(RemittanceRepository.Billed::patientId).distinct().toList(), "match by hand");
        return found;
    }

    /** Matches the item to the billed claim; the claim's ID must be one the clinic billed. */
    public RemittanceRepository.Billed match(UUID itemId, String claimId) {
        UUID clinic = ClinicScope.require();
        RemittanceRepository.Item item = remittances.unmatchedItem(clinic, itemId)
                .orElseThrow(() -> new NotFoundException("Unmatched payment"));
        RemittanceRepository.Billed claim = remittances.billed(clinic, claimId)
                .orElseThrow(() -> new NotFoundException("Billed claim"));
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        remittances.insertMatch(clinic, item, claim, me.userId(), me.displayName());
        audit.record(AuditAction.UPDATE, RemittancePosting.RESOURCE, itemId, claim.patientId(), AuditOutcome.SUCCESS,
                "matched by hand to claim " + claim.claimId());
        return claim;
    }
}
