package org.rhomboid.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.ledger.domain.AdjustmentForm;
import org.rhomboid.ledger.domain.Aging;
import org.rhomboid.ledger.domain.Allocation;
import org.rhomboid.ledger.domain.ClaimBalance;
import org.rhomboid.ledger.domain.ClaimFile;
import org.rhomboid.ledger.domain.PaymentForm;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientService;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patient balances: each billed claim's charge, payer payments and adjustments, write-offs, transfers to the
 * patient and patient payments; recording payments (and their reversals), write-offs and billing the patient; and
 * the clinic's A/R aging. Other packages (the denials worklist) may call it. Every read and change is audited
 * against the patient.
 */
@Service
@Transactional
public class PatientLedger {

    static final String RESOURCE = "Patient balance";

    public record PatientBalance(Patient patient, List<ClaimBalance> claims, List<LedgerRepository.PaymentRow> payments,
                                 Map<String, List<String>> codes) {
        public BigDecimal patientOwes() {
            return claims.stream().map(ClaimBalance::patientOwes).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }

        public BigDecimal withPayers() {
            return claims.stream().map(ClaimBalance::withPayer).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /** What was recorded (its id), or the problems by field. */
    public record Recorded(UUID id, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final LedgerRepository ledger;
    private final PatientService patients;
    private final AuditLog audit;
    private final ClinicDates clinicDates;
    private final org.rhomboid.claims.ClaimLife claimLife;

    PatientLedger(LedgerRepository ledger, PatientService patients, AuditLog audit, ClinicDates clinicDates,
                  org.rhomboid.claims.ClaimLife claimLife) {
        this.ledger = ledger;
        this.patients = patients;
        this.audit = audit;
        this.clinicDates = clinicDates;
        this.claimLife = claimLife;
    }

    public PatientBalance balance(UUID patientId) {
        Patient patient = patients.get(patientId);
        UUID clinic = ClinicScope.require();
        Map<String, List<String>> codes = new HashMap<>();
        List<ClaimBalance> claims = balances(clinic, ledger.billed(clinic, patientId, null), codes);
        audit.record(AuditAction.READ, RESOURCE, patientId, patientId, AuditOutcome.SUCCESS);
        return new PatientBalance(patient, claims, ledger.payments(clinic, patientId), codes);
    }

    /** One claim's balance, by its claim ID (CLM01). */
    public ClaimBalance claim(String claimId) {
        if (claimId == null || !claimId.matches("[0-9A-Z]{1,20}")) {
            throw new NotFoundException("Claim");
        }
        UUID clinic = ClinicScope.require();
        List<LedgerRepository.Billed> billed = ledger.billed(clinic, null, claimId);
        if (billed.isEmpty()) {
            audit.record(AuditAction.READ, RESOURCE, claimId, null, AuditOutcome.NOT_FOUND);
            throw new NotFoundException("Claim");
        }
        patients.requireAccess(billed.get(0).patientId());
        ClaimBalance claim = balances(clinic, billed, new HashMap<>()).get(0);
        audit.record(AuditAction.READ, RESOURCE, claimId, claim.patientId(), AuditOutcome.SUCCESS);
        return claim;
    }

    public Recorded recordPayment(UUID patientId, Map<String, List<String>> form) {
        patients.get(patientId);
        UUID clinic = ClinicScope.require();
        ledger.lockPatient(clinic, patientId);
        PaymentForm.Checked checked = PaymentForm.check(form, clinicDates.today());
        if (!checked.valid()) {
            return new Recorded(null, checked.errors());
        }
        PaymentForm.Payment payment = checked.payment();
        List<ClaimBalance> claims = balances(clinic, ledger.billed(clinic, patientId, null), new HashMap<>());
        Allocation.Applied applied = Allocation.apply(payment.amount(), claims, payment.claimId());
        if (applied.problem().isPresent()) {
            return new Recorded(null, Map.of(payment.claimId() == null ? "amount" : "claimId",
                    applied.problem().get()));
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        UUID id = UUID.randomUUID();
        ledger.insertPayment(clinic, id, patientId, payment, payment.amount(), null, null, me.userId(),
                me.displayName(), applied.toClaims());
        audit.record(AuditAction.CREATE, RESOURCE, id, patientId, AuditOutcome.SUCCESS, "patient payment");
        return new Recorded(id, Map.of());
    }

    /** Reverses a whole payment (a refund, or one recorded by mistake) with a negative entry and a reason. */
    public Recorded reversePayment(UUID patientId, UUID paymentId, String reason) {
        patients.get(patientId);
        UUID clinic = ClinicScope.require();
        ledger.lockPatient(clinic, patientId);
        LedgerRepository.PaymentRow original = ledger.payment(clinic, patientId, paymentId)
                .orElseThrow(() -> new NotFoundException("Payment"));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 200) {
            return new Recorded(null, Map.of("reason", "Say why the payment is reversed (up to 200 characters)."));
        }
        boolean reversed = original.reverses() != null || ledger.payments(clinic, patientId).stream()
                .anyMatch(p -> paymentId.equals(p.reverses()));
        if (reversed) {
            return new Recorded(null, Map.of("reason", "This payment was reversed already, or is a reversal."));
        }
        Map<String, BigDecimal> back = new HashMap<>();
        original.toClaims().forEach((claim, amount) -> back.put(claim, amount.negate()));
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        UUID id = UUID.randomUUID();
        ledger.insertPayment(clinic, id, patientId, new PaymentForm.Payment(original.method(), original.amount(),
                        clinicDates.today(), original.cardLast4(), original.checkNumber(), null),
                original.amount().negate(), paymentId, why, me.userId(), me.displayName(), back);
        audit.record(AuditAction.CREATE, RESOURCE, id, patientId, AuditOutcome.SUCCESS, "payment reversal");
        return new Recorded(id, Map.of());
    }

    public Recorded writeOff(String claimId, Map<String, List<String>> form) {
        return adjust(claimId, form, true);
    }

    public Recorded billPatient(String claimId, Map<String, List<String>> form) {
        return adjust(claimId, form, false);
    }

    /** The same for a caller in Java (the denials worklist, say): the amount in dollars, a reason and a side. */
    public Recorded writeOff(String claimId, BigDecimal amount, org.rhomboid.ledger.domain.WriteOffReason reason,
                             org.rhomboid.ledger.domain.Side side, String note) {
        return writeOff(claimId, Map.of("amount", List.of(amount.toPlainString()), "reason", List.of(reason.name()),
                "side", List.of(side.name()), "note", List.of(note == null ? "" : note)));
    }

    /** The same for a caller in Java: moves {@code amount} still with the payer to the patient. */
    public Recorded billPatient(String claimId, BigDecimal amount, String note) {
        return billPatient(claimId, Map.of("amount", List.of(amount.toPlainString()),
                "note", List.of(note == null ? "" : note)));
    }

    private Recorded adjust(String claimId, Map<String, List<String>> form, boolean writeOff) {
        ClaimBalance before = claim(claimId);
        UUID clinic = ClinicScope.require();
        ledger.lockPatient(clinic, before.patientId());
        ClaimBalance claim = claim(claimId);
        AdjustmentForm.Checked checked = writeOff ? AdjustmentForm.writeOff(form, claim)
                : AdjustmentForm.billPatient(form, claim);
        if (!checked.valid()) {
            return new Recorded(null, checked.errors());
        }
        StaffPrincipal me = StaffPrincipal.current().orElseThrow();
        UUID id = UUID.randomUUID();
        ledger.insertAdjustment(clinic, id, claim.patientId(), claimId, checked.adjustment(), me.userId(),
                me.displayName());
        audit.record(AuditAction.CREATE, RESOURCE, id, claim.patientId(), AuditOutcome.SUCCESS,
                (writeOff ? "write-off" : "billed to patient") + ", claim " + claimId);
        // Nothing left with the payer (its remittance settled, or the claim written off): closed in its history.
        ClaimBalance after = claim(claimId);
        if (after.withPayer().signum() == 0) {
            claimLife.closed(claimId, (writeOff ? "Written off" : "Billed to the patient") + ": nothing left with the"
                    + " payer.", id);
        }
        return new Recorded(id, Map.of());
    }

    public Aging aging() {
        return aging(clinicDates.today());
    }

    /** The aging as it stands, with days counted to {@code asOf} (a month-end report, say). */
    public Aging aging(java.time.LocalDate asOf) {
        UUID clinic = ClinicScope.require();
        List<ClaimBalance> claims = balances(clinic, ledger.billed(clinic, null, null), new HashMap<>());
        Set<UUID> owing = new LinkedHashSet<>();
        claims.stream().filter(c -> c.patientOwes().signum() != 0).forEach(c -> owing.add(c.patientId()));
        Map<UUID, String> names = ledger.patientNames(clinic, owing);
        audit.recordShown(AuditAction.READ, RESOURCE, List.copyOf(owing), "aging");
        return Aging.of(claims, names, asOf);
    }

    private List<ClaimBalance> balances(UUID clinic, List<LedgerRepository.Billed> billed,
                                        Map<String, List<String>> codes) {
        Set<String> ids = new LinkedHashSet<>();
        Set<UUID> batches = new LinkedHashSet<>();
        billed.forEach(b -> {
            ids.add(b.claimId());
            batches.add(b.batchId());
        });
        Map<String, ClaimFile.Sent> sent = new HashMap<>();
        ledger.batchFiles(clinic, batches).values().forEach(file -> sent.putAll(ClaimFile.read(file, ids)));
        LedgerRepository.Sums sums = ledger.sums(clinic, ids);
        List<ClaimBalance> claims = new ArrayList<>();
        for (LedgerRepository.Billed b : billed) {
            ClaimFile.Sent s = sent.getOrDefault(b.claimId(), new ClaimFile.Sent("Unknown payer", List.of()));
            codes.put(b.claimId(), s.codes());
            claims.add(ClaimBalance.from(b.claimId(), b.patientId(), b.serviceDate(), s.payerName(), b.charge(),
                    sums.paid().get(b.claimId()), sums.byLabel().getOrDefault(b.claimId(), Map.of())));
        }
        return claims;
    }
}
