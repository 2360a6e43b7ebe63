package org.rhomboid.billing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.billing.domain.ClearinghouseSettings;
import org.rhomboid.billing.domain.Fee;
import org.rhomboid.billing.domain.ProcedureCode;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.shared.domain.SettingChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in clinic's fee schedule and clearinghouse settings (no patient data). Claims read them; a batch takes
 * the interchange control number under the settings row's lock, so two batches never share one.
 */
@Service
@Transactional
public class BillingSettings {

    private final BillingSettingsRepository repository;
    private final VisitLines.Rules rules;
    private final AuditLog audit;

    BillingSettings(BillingSettingsRepository repository, VisitLines.Rules rules, AuditLog audit) {
        this.repository = repository;
        this.rules = rules;
        this.audit = audit;
    }

    /** The codes a fee can be kept for: the procedure catalogue. */
    public List<ProcedureCode> billableCodes() {
        return rules.procedures().codes();
    }

    public Map<String, Fee> fees() {
        return repository.fees(ClinicScope.require());
    }

    /** Replaces the fee schedule; the codes whose fees changed go to the audit trail. */
    public void saveFees(Map<String, Fee> fees) {
        Map<String, Fee> before = fees();
        repository.replaceFees(ClinicScope.require(), fees);
        java.util.SortedSet<String> changed = new java.util.TreeSet<>();
        before.forEach((code, fee) -> {
            if (!fees.containsKey(code)) {
                changed.add(code);
            }
        });
        fees.forEach((code, fee) -> {
            Fee old = before.get(code);
            if (old == null || !SettingChanges.between(old, fee).isEmpty()) {
                changed.add(code);
            }
        });
        if (!changed.isEmpty()) {
            audit.recordEvent(AuditAction.UPDATE, "FeeSchedule", ClinicScope.require(),
                    "fees changed for " + String.join(", ", changed), AuditOutcome.SUCCESS);
        }
    }

    public ClearinghouseSettings settings() {
        return repository.settings(ClinicScope.require(), false).orElse(ClearinghouseSettings.empty());
    }

    /** Saves the clearinghouse envelope and payers; what changed (the fields' names) goes to the audit trail. */
    public void save(ClearinghouseSettings settings) {
        ClearinghouseSettings before = settings();
        repository.save(ClinicScope.require(), settings);
        SettingChanges.describe(before, settings).ifPresent(changed -> audit.recordEvent(AuditAction.UPDATE,
                "ClearinghouseSettings", ClinicScope.require(), changed, AuditOutcome.SUCCESS));
    }

    /**
     * The settings, locked until the caller's transaction ends: only one batch is made at a time per clinic, and
     * the control number it takes is its own. Empty when nothing was ever saved.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public Optional<ClearinghouseSettings> lockForBatch() {
        return repository.settings(ClinicScope.require(), true);
    }

    /** Advances the control number after a batch used {@code used}; call inside the batch's transaction. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public void controlNumberUsed(int used) {
        repository.setNextControlNumber(ClinicScope.require(), ClearinghouseSettings.nextAfter(used));
    }
}
