package org.rhomboid.payer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.payer.domain.PayerCsv;
import org.rhomboid.payer.domain.PayerProfile;
import org.rhomboid.shared.FieldProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinic's payer directory: kept by billers and administrators, read by whoever records a patient's coverage.
 * Every change is audited with the payer's name (payers are not patient data); an import is one event with its
 * counts, and is all or nothing.
 */
@Service
@Transactional
public class PayerDirectory {

    public static final String RESOURCE = "Payer";

    /** What an import did: payers added and payers whose row was replaced (matched by name). */
    public record Imported(int added, int updated) {}

    private final PayerRepository payers;
    private final AuditLog audit;

    PayerDirectory(PayerRepository payers, AuditLog audit) {
        this.payers = payers;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<PayerProfile> all() {
        return payers.all(ClinicScope.require());
    }

    /** The payers offered for a new coverage: those in use. */
    @Transactional(readOnly = true)
    public List<PayerProfile> inUse() {
        return all().stream().filter(PayerProfile::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<PayerProfile> find(UUID id) {
        return payers.find(ClinicScope.require(), id);
    }

    /** @throws FieldProblemException when another payer has the name */
    public PayerProfile add(PayerProfile payer) {
        UUID clinic = ClinicScope.require();
        requireFreeName(clinic, payer.name(), null);
        PayerProfile stored = payer.withId(UUID.randomUUID());
        payers.insert(clinic, stored, StaffPrincipal.currentUserId());
        audit.recordEvent(AuditAction.CREATE, RESOURCE, stored.id(), stored.name(), AuditOutcome.SUCCESS);
        return stored;
    }

    /** @return false when there is no such payer in the clinic */
    public boolean change(PayerProfile payer) {
        UUID clinic = ClinicScope.require();
        requireFreeName(clinic, payer.name(), payer.id());
        boolean changed = payers.update(clinic, payer, StaffPrincipal.currentUserId());
        if (changed) {
            audit.recordEvent(AuditAction.UPDATE, RESOURCE, payer.id(), payer.name()
                    + (payer.active() ? "" : " (retired)"), AuditOutcome.SUCCESS);
        }
        return changed;
    }

    /** Adds the file's payers, replacing those of the same name. The caller has checked the whole file. */
    public Imported importAll(List<PayerProfile> read) {
        UUID clinic = ClinicScope.require();
        UUID by = StaffPrincipal.currentUserId();
        int added = 0;
        int updated = 0;
        for (PayerProfile p : read) {
            Optional<PayerProfile> existing = payers.named(clinic, p.name());
            if (existing.isPresent()) {
                payers.update(clinic, p.withId(existing.get().id()), by);
                updated++;
            } else {
                payers.insert(clinic, p.withId(UUID.randomUUID()), by);
                added++;
            }
        }
        audit.recordEvent(AuditAction.CREATE, RESOURCE, clinic, "import: " + added + " added, " + updated
                + " updated", AuditOutcome.SUCCESS);
        return new Imported(added, updated);
    }

    /** Not read-only: the export is audited. */
    public String exportCsv() {
        List<PayerProfile> all = all();
        audit.recordEvent(AuditAction.EXPORT, RESOURCE, ClinicScope.require(), all.size() + " payers",
                AuditOutcome.SUCCESS);
        return PayerCsv.write(all);
    }

    private void requireFreeName(UUID clinic, String name, UUID self) {
        payers.named(clinic, name).filter(p -> !p.id().equals(self)).ifPresent(p -> {
            throw new FieldProblemException("name", "The directory already has a payer of this name");
        });
    }
}
