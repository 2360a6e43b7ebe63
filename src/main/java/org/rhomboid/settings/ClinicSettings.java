package org.rhomboid.settings;

import org.rhomboid.audit.AuditAction;
import org.rhomboid.audit.AuditLog;
import org.rhomboid.audit.AuditOutcome;
import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.link.LinkSettings;
import org.rhomboid.link.domain.LinkPolicy;
import org.rhomboid.shared.NotFoundException;
import org.rhomboid.shared.domain.SettingChanges;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in clinic's own details: letterhead, billing provider, documentation policy, patient links. */
@Service
@Transactional
public class ClinicSettings {

    private final ClinicRepository clinics;
    private final AuditLog audit;
    private final LinkSettings links;

    ClinicSettings(ClinicRepository clinics, LinkSettings links, AuditLog audit) {
        this.clinics = clinics;
        this.links = links;
        this.audit = audit;
    }

    public ClinicProfile current() {
        return clinics.profile(ClinicScope.require()).orElseThrow(() -> new NotFoundException("Clinic not found"));
    }

    /** How long the clinic's patient links last. */
    public LinkPolicy links() {
        return links.policy();
    }

    /** The details and the link lifetimes, saved together; what changed (the fields' names) goes to the audit trail. */
    public void update(ClinicProfile profile, LinkPolicy linkPolicy) {
        ClinicProfile before = current();
        LinkPolicy linksBefore = links();
        clinics.updateProfile(ClinicScope.require(), profile);
        links.save(linkPolicy);
        java.util.List<String> changed = new java.util.ArrayList<>(SettingChanges.between(before, profile));
        changed.addAll(SettingChanges.between(linksBefore, linkPolicy));
        if (!changed.isEmpty()) {
            audit.recordEvent(AuditAction.UPDATE, "ClinicSettings", ClinicScope.require(),
                    "changed: " + String.join(", ", changed), AuditOutcome.SUCCESS);
        }
    }
}
