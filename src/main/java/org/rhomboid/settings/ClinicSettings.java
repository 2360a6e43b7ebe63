package org.rhomboid.settings;

import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.shared.domain.SettingChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in clinic's own details: letterhead, billing provider, documentation policy. */
@Service
@Transactional
public class ClinicSettings {

    private final ClinicRepository clinics;
    private final AuditLog audit;

    ClinicSettings(ClinicRepository clinics, AuditLog audit) {
        this.clinics = clinics;
        this.audit = audit;
    }

    public ClinicProfile current() {
        return clinics.profile(ClinicScope.require()).orElseThrow(() -> new NotFoundException("Clinic not found"));
    }

    /** Saves the clinic's details; what changed (the fields' names) goes to the audit trail. */
    public void update(ClinicProfile profile) {
        ClinicProfile before = current();
        clinics.updateProfile(ClinicScope.require(), profile);
        SettingChanges.describe(before, profile).ifPresent(changed -> audit.recordEvent(AuditAction.UPDATE,
                "ClinicSettings", ClinicScope.require(), changed, AuditOutcome.SUCCESS));
    }
}
