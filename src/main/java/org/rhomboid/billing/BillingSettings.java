package org.rhomboid.billing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rhomboid.billing.domain.ClearinghouseSettings;
import org.rhomboid.billing.domain.Fee;
import org.rhomboid.billing.domain.ProcedureCode;
import org.rhomboid.billing.domain.VisitLines;
import org.rhomboid.clinic.ClinicScope;
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

    BillingSettings(BillingSettingsRepository repository, VisitLines.Rules rules) {
        this.repository = repository;
        this.rules = rules;
    }

    /** The codes a fee can be kept for: the procedure catalogue. */
    public List<ProcedureCode> billableCodes() {
        return rules.procedures().codes();
    }

    public Map<String, Fee> fees() {
        return repository.fees(ClinicScope.require());
    }

    public void saveFees(Map<String, Fee> fees) {
        repository.replaceFees(ClinicScope.require(), fees);
    }

    public ClearinghouseSettings settings() {
        return repository.settings(ClinicScope.require(), false).orElse(ClearinghouseSettings.empty());
    }

    public void save(ClearinghouseSettings settings) {
        repository.save(ClinicScope.require(), settings);
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
