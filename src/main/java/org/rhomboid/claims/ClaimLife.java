package org.rhomboid.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.claims.ClaimLifeRepository.ClaimFile;
import org.rhomboid.claims.ClaimLifeRepository.ClaimNote;
import org.rhomboid.claims.ClaimLifeRepository.Event;
import org.rhomboid.claims.ClaimLifeRepository.Listed;
import org.rhomboid.claims.ClaimLifeRepository.NewEvent;
import org.rhomboid.claims.ClaimLifeRepository.Posted;
import org.rhomboid.claims.domain.Acknowledgment;
import org.rhomboid.claims.domain.ClaimStatus;
import org.rhomboid.claims.domain.RemittanceOutcome;
import org.rhomboid.claims.domain.X12Segment;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A claim's life after it is made: the events that move it (a posted remittance, a 999 acknowledgment), its status
 * derived from them (ClaimStatus), its history page and the list of claims by status. Every claim shown is audited
 * against its patient.
 */
@Service
@Transactional(noRollbackFor = NotFoundException.class)
public class ClaimLife {

    static final String ACKNOWLEDGMENT = "ClaimAcknowledgment";
    private static final int LISTED = 200;

    /** A line of the claim as the payer received it (the newest file that carried the claim). */
    public record Line(String code, List<String> modifiers, int units, BigDecimal charge, LocalDate date) {}

    /** The claim as last sent: payer, frequency (CLM05-3), charge and lines, read back from its file. */
    public record Sent(String payerName, String payerId, String frequency, BigDecimal charge, List<Line> lines) {}

    public record History(String claimId, ClaimStatus status, UUID patientId, String patientName, String mrn,
                          LocalDate dateOfService, Sent sent, List<ClaimNote> notes, List<Event> events,
                          List<Posted> remittances, List<ClaimFile> files, String payerClaimControlNumber) {
        public boolean canResubmit() {
            return payerClaimControlNumber != null && !status.isFinal();
        }
    }

    public record Row(String claimId, String patientName, String mrn, LocalDate dateOfService, BigDecimal charge,
                      ClaimStatus status) {}

    /** What a 999 did to one batch it acknowledged (batchNumber null: no batch of the clinic carried it). */
    public record BatchResult(String groupControlNumber, Integer batchNumber, Boolean accepted, int claims,
                              List<String> errors) {}

    /** @param recorded false when the same 999 (sender and ISA13) was uploaded before: nothing changed */
    public record Acknowledged(Acknowledgment acknowledgment, boolean recorded, List<BatchResult> batches) {}

    private final ClaimLifeRepository life;
    private final AuditLog audit;

    ClaimLife(ClaimLifeRepository life, AuditLog audit) {
        this.life = life;
        this.audit = audit;
    }

    /**
     * Records what a posted 835 claim payment did to a claim the clinic sent (paid, partially paid, denied,
     * adjusted), once per remittance.
     */
    public void remittancePosted(String claimId, RemittanceOutcome outcome, String payerClaimControlNumber,
                                 UUID remittanceId) {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        life.insertEvent(ClinicScope.require(), new NewEvent(claimId, outcome.status(), me.userId(),
                me.displayName(), outcome.describe(payerClaimControlNumber), null, remittanceId, null,
                "835:" + remittanceId));
    }

    /**
     * Records a claim closed: nothing is left with the payer once a write-off or the patient's share has settled
     * it (patient balances, after a remittance); once per adjustment that closed it.
     */
    public void closed(String claimId, String detail, UUID adjustmentId) {
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        life.insertEvent(ClinicScope.require(), new NewEvent(claimId, ClaimStatus.CLOSED, me.userId(),
                me.displayName(), detail, null, null, null, "ledger:" + adjustmentId));
    }

    /**
     * Reads a 999 and marks the claims of each batch it acknowledges accepted or rejected, with the errors it
     * reports; the same 999 uploaded again changes nothing. The batch is found by the group control number (AK102
     * = the batch's GS06) and its transaction by AK202 (ST02).
     */
    public Acknowledged acknowledge(String x12) {
        List<X12Segment> segments = X12Files.read(x12);
        Acknowledgment ack = Acknowledgment.read(segments);
        UUID clinic = ClinicScope.require();
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        List<Pending> pending = new ArrayList<>();
        for (Acknowledgment.Group group : ack.groups()) {
            pending.add(pending(clinic, ack, group));
        }
        List<BatchResult> results = pending.stream().map(Pending::result).toList();
        UUID id = UUID.randomUUID();
        if (!life.insertAcknowledgment(clinic, id, ack.senderId(), ack.controlNumber(), summary(results), me.userId(),
                me.displayName(), x12.strip())) {
            return new Acknowledged(ack, false, results);
        }
        Set<String> claimIds = new LinkedHashSet<>();
        pending.forEach(p -> claimIds.addAll(p.claimIds()));
        Map<String, UUID> patients = life.patientsOf(clinic, claimIds);
        for (Pending p : pending) {
            if (p.result().accepted() == null) {
                continue;
            }
            String detail = "999 from " + ack.senderId() + " (ISA13 " + ack.controlNumber() + "): batch "
                    + p.result().batchNumber() + (p.result().accepted() ? " accepted" : " rejected")
                    + (p.result().errors().isEmpty() ? "" : " — " + String.join("; ", p.result().errors()));
            for (String claimId : p.claimIds()) {
                life.insertEvent(clinic, new NewEvent(claimId, p.result().accepted() ? ClaimStatus.ACCEPTED
                        : ClaimStatus.REJECTED, me.userId(), me.displayName(), detail, p.batchId(), null, id,
                        "999:" + id + ":" + p.batchId()));
                audit.record(AuditAction.CREATE, ACKNOWLEDGMENT, id, patients.get(claimId), AuditOutcome.SUCCESS,
                        "claim " + claimId);
            }
        }
        audit.recordEvent(AuditAction.CREATE, ACKNOWLEDGMENT, id, results.size() + " groups acknowledged",
                AuditOutcome.SUCCESS);
        return new Acknowledged(ack, true, results);
    }

    private record Pending(BatchResult result, UUID batchId, List<String> claimIds) {}

    private Pending pending(UUID clinic, Acknowledgment ack, Acknowledgment.Group group) {
        List<String> errors = new ArrayList<>();
        var batch = group.functionalCode().equals("HC")
                ? life.batchByControlNumber(clinic, Integer.parseInt(group.controlNumber())) : java.util.Optional
                .<ClaimLifeRepository.BatchFile>empty();
        if (batch.isEmpty()) {
            return new Pending(new BatchResult(group.controlNumber(), null, null, 0,
                    List.of("no claim batch of this clinic has group control number " + group.controlNumber())),
                    null, List.of());
        }
        Boolean accepted = group.accepted();
        for (Acknowledgment.Transaction t : group.transactions()) {
            if (!batch.get().file().contains("ST*837*" + t.controlNumber() + "*")) {
                errors.add("transaction " + t.controlNumber() + " is not in batch " + batch.get().number());
                continue;
            }
            accepted = t.accepted();
            errors.addAll(t.errors());
        }
        List<String> claimIds = life.claimsOfBatch(clinic, batch.get().id());
        return new Pending(new BatchResult(group.controlNumber(), batch.get().number(), accepted, claimIds.size(),
                List.copyOf(errors)), batch.get().id(), claimIds);
    }

    private static String summary(List<BatchResult> results) {
        List<String> parts = new ArrayList<>();
        for (BatchResult r : results) {
            parts.add(r.batchNumber() == null ? "group " + r.groupControlNumber() + ": no batch"
                    : "batch " + r.batchNumber() + ": " + (r.accepted() == null ? "partly accepted"
                    : r.accepted() ? "accepted" : "rejected") + " (" + r.claims()
                    + (r.claims() == 1 ? " claim)" : " claims)"));
        }
        return String.join("; ", parts);
    }

    public List<ClaimLifeRepository.Uploaded> acknowledgments() {
        return life.acknowledgments(ClinicScope.require());
    }

    /** The claim, its status, every event, the remittances posted for it; its patient audited as read. */
    public History history(String claimId) {
        UUID clinic = ClinicScope.require();
        List<ClaimNote> notes = claimId == null || !claimId.matches("[0-9A-Z]{1,20}") ? List.of()
                : life.notes(clinic, claimId);
        if (notes.isEmpty()) {
            audit.record(AuditAction.READ, ClaimsService.RESOURCE, claimId == null ? "" : claimId, null,
                    AuditOutcome.NOT_FOUND);
            throw new NotFoundException("Claim not found");
        }
        ClaimNote first = notes.get(0);
        List<Event> events = life.events(clinic, claimId);
        List<Posted> remittances = life.remittances(clinic, claimId);
        List<ClaimFile> files = life.files(clinic, claimId);
        String pcn = null;
        for (Posted p : remittances) {
            if (p.payerClaimControlNumber() != null && !p.payerClaimControlNumber().isBlank()) {
                pcn = p.payerClaimControlNumber();
            }
        }
        Sent sent = null;
        try {
            sent = files.isEmpty() ? null : sent(files.get(files.size() - 1).file(), claimId);
        } catch (RuntimeException unreadable) {
            // a stored file Rhomboid can't read back: the history shows without the claim as sent
        }
        audit.record(AuditAction.READ, ClaimsService.RESOURCE, claimId, first.patientId(), AuditOutcome.SUCCESS,
                "claim history");
        return new History(claimId, status(events.stream().map(Event::kind).toList()), first.patientId(),
                first.patientName(), first.mrn(), first.visitDate(), sent, notes, events, remittances, files, pcn);
    }

    /** A claim in a batch was sent, whether or not its SENT event was kept (batches made before events were). */
    static ClaimStatus status(List<ClaimStatus> events) {
        List<ClaimStatus> all = new ArrayList<>();
        all.add(ClaimStatus.SENT);
        all.addAll(events);
        return ClaimStatus.of(all);
    }

    /** The latest claims with their status, only those in {@code only} when it is given; the patients audited. */
    public List<Row> list(ClaimStatus only) {
        UUID clinic = ClinicScope.require();
        List<Listed> latest = life.latest(clinic, LISTED);
        Map<String, List<ClaimStatus>> kinds = life.eventKinds(clinic, latest.stream().map(Listed::claimId).toList());
        List<Row> rows = new ArrayList<>();
        List<UUID> shown = new ArrayList<>();
        for (Listed l : latest) {
            ClaimStatus status = status(kinds.getOrDefault(l.claimId(), List.of()));
            if (only == null || only == status) {
                rows.add(new Row(l.claimId(), l.patientName(), l.mrn(), l.visitDate(), l.charge(), status));
                shown.add(l.patientId());
            }
        }
        audit.recordShown(AuditAction.READ, ClaimsService.RESOURCE, shown.stream().distinct().toList(),
                "claims by status");
        return rows;
    }

    /** The claim's payer and lines as the file says (the 2010BB payer before its CLM, the SV1s after). */
    static Sent sent(String file, String claimId) {
        String payerName = "";
        String payerId = "";
        String frequency = "1";
        BigDecimal charge = null;
        List<Line> lines = new ArrayList<>();
        boolean inClaim = false;
        Line pending = null;
        for (X12Segment s : X12Files.read(file)) {
            switch (s.tag()) {
                case "NM1" -> {
                    if (s.element(1).equals("PR") && !inClaim) {
                        payerName = s.element(3);
                        payerId = s.element(9);
                    }
                }
                case "CLM" -> {
                    inClaim = s.element(1).equals(claimId);
                    if (inClaim) {
                        charge = new BigDecimal(s.element(2));
                        frequency = s.component(5, 3).isEmpty() ? "1" : s.component(5, 3);
                    }
                }
                case "SV1" -> {
                    if (inClaim) {
                        List<String> procedure = s.elements().get(0);
                        pending = new Line(procedure.size() > 1 ? procedure.get(1) : "",
                                procedure.size() > 2 ? procedure.subList(2, procedure.size()) : List.of(),
                                s.element(4).isEmpty() ? 1 : new BigDecimal(s.element(4)).intValue(),
                                new BigDecimal(s.element(2)), null);
                        lines.add(pending);
                    }
                }
                case "DTP" -> {
                    if (inClaim && pending != null && s.element(1).equals("472")) {
                        lines.set(lines.size() - 1, new Line(pending.code(), pending.modifiers(), pending.units(),
                                pending.charge(), LocalDate.parse(s.element(3),
                                        java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
                        pending = null;
                    }
                }
                case "HL", "SE" -> {
                    if (inClaim) {
                        return new Sent(payerName, payerId, frequency, charge, List.copyOf(lines));
                    }
                }
                default -> {
                }
            }
        }
        return charge == null ? null : new Sent(payerName, payerId, frequency, charge, List.copyOf(lines));
    }
}
