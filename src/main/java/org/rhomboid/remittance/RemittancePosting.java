package org.rhomboid.remittance;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.claims.ClaimLife;
import org.rhomboid.claims.domain.RemittanceOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.remittance.domain.BilledLine;
import org.rhomboid.remittance.domain.ClaimPayment;
import org.rhomboid.remittance.domain.Matching;
import org.rhomboid.remittance.domain.ProviderAdjustment;
import org.rhomboid.remittance.domain.Remittance;
import org.rhomboid.remittance.domain.RemittanceFileException;
import org.rhomboid.remittance.domain.RemittanceReading;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an 835, matches it to the clinic's claims as sent, and (unless it is a dry run) posts it once per trace
 * number. The whole file is read and checked before anything is written, so a file with an error posts nothing.
 * Every matched claim's patient is audited: read on a dry run, created when posted.
 */
@Service
@Transactional
public class RemittancePosting {

    static final String RESOURCE = "remittance";

    /** The remittance as read and matched; posted is null on a dry run, false when the trace was posted before. */
    public record Result(Remittance remittance, Boolean posted, UUID id) {}

    private final RemittanceRepository remittances;
    private final AuditLog audit;

    private final ClaimLife claimLife;

    RemittancePosting(RemittanceRepository remittances, AuditLog audit, ClaimLife claimLife) {
        this.remittances = remittances;
        this.audit = audit;
        this.claimLife = claimLife;
    }

    /** The claim payment as the claim's history reads it; a line is denied when nothing is paid or owed on it. */
    private static RemittanceOutcome outcome(ClaimPayment claim) {
        int denied = (int) claim.services().stream().filter(s -> s.paid().signum() == 0
                && s.adjustments().stream().noneMatch(a -> a.group().equals("PR"))).count();
        return new RemittanceOutcome(claim.status(), claim.charged(), claim.paid(), claim.patientResponsibility(),
                claim.services().size(), denied);
    }

    /** The file's only (or first) payment; see {@link #postAll} for a file with several. */
    public Result post(String x12, boolean dryRun) {
        return postAll(x12, dryRun).get(0);
    }

    /**
     * Every payment (ST/SE transaction) of the file, each posted once per its own trace number: a file whose
     * payments were all posted before posts nothing; one with a new payment posts only that one. The whole file is
     * read and balanced before anything is written.
     */
    public List<Result> postAll(String x12, boolean dryRun) {
        List<Remittance> payments = RemittanceReading.readAll(X12Segments.read(x12));
        UUID clinic = ClinicScope.require();
        Set<String> claimIds = new LinkedHashSet<>(payments.stream().flatMap(r -> r.claims().stream())
                .map(ClaimPayment::claimId).toList());
        Map<String, UUID> patients = new HashMap<>();
        Set<UUID> batches = new LinkedHashSet<>();
        for (RemittanceRepository.SentClaim sent : remittances.sentClaims(clinic, claimIds)) {
            patients.put(sent.claimId(), sent.patientId());
            batches.add(sent.batchId());
        }
        Map<String, List<BilledLine>> billed = new HashMap<>();
        for (String file : remittances.batchFiles(clinic, batches).values()) {
            try {
                billed.putAll(BilledClaims.read(file, patients.keySet()));
            } catch (RemittanceFileException unreadable) {
                // A stored batch Rhomboid can't read back is no fault of the uploaded 835: its claims go unmatched.
            }
        }
        List<Result> results = new java.util.ArrayList<>();
        for (Remittance read : payments) {
            results.add(post(clinic, Matching.match(read, billed), patients, dryRun, x12.strip()));
        }
        return results;
    }

    private Result post(UUID clinic, Remittance matched, Map<String, UUID> patients, boolean dryRun, String file) {
        String trace = matched.payment().traceNumber();
        if (dryRun) {
            auditPatients(matched, patients, AuditAction.READ, trace);
            return new Result(matched, null, null);
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        UUID id = UUID.randomUUID();
        if (!remittances.insertRemittance(clinic, id, matched, me.userId(), me.displayName(), file)) {
            auditPatients(matched, patients, AuditAction.READ, trace);
            return new Result(matched, false, null);
        }
        int line = 0;
        for (ClaimPayment claim : matched.claims()) {
            remittances.insertClaim(clinic, id, ++line, claim, patients.get(claim.claimId()));
            if (claim.matched()) {
                claimLife.remittancePosted(claim.claimId(), outcome(claim), claim.payerClaimControlNumber(), id);
            }
        }
        for (ProviderAdjustment plb : matched.providerAdjustments()) {
            remittances.insertProviderAdjustment(clinic, id, plb);
        }
        auditPatients(matched, patients, AuditAction.CREATE, id.toString());
        audit.recordEvent(AuditAction.CREATE, RESOURCE, id, matched.claims().size() + " claims posted",
                AuditOutcome.SUCCESS);
        return new Result(matched, true, id);
    }

    private void auditPatients(Remittance remittance, Map<String, UUID> patients, AuditAction action, String what) {
        remittance.claims().stream().map(ClaimPayment::claimId).distinct().filter(patients::containsKey)
                .forEach(claimId -> audit.record(action, RESOURCE, what, patients.get(claimId), AuditOutcome.SUCCESS,
                        "claim " + claimId));
    }

    public List<RemittanceRepository.Posted> posted() {
        List<RemittanceRepository.Posted> list = remittances.posted(ClinicScope.require());
        audit.recordEvent(AuditAction.READ, RESOURCE, list.size() + " shown", "posted remittances",
                AuditOutcome.SUCCESS);
        return list;
    }

    public List<RemittanceRepository.Unmatched> unmatched() {
        List<RemittanceRepository.Unmatched> list = remittances.unmatched(ClinicScope.require());
        // Lines of a found claim belong to its patient: the queue is a list that showed them.
        audit.recordShown(AuditAction.READ, RESOURCE, list.stream().map(RemittanceRepository.Unmatched::patientId)
                .filter(java.util.Objects::nonNull).distinct().toList(), "unmatched queue");
        return list;
    }
}
