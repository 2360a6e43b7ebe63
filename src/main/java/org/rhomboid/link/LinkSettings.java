package org.rhomboid.link;

import org.rhomboid.account.StaffPrincipal;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.link.domain.LinkPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinic's lifetimes for patient links (administrators set them on the Clinic page); defaults until then. */
@Service
@Transactional
public class LinkSettings {

    private final LinkSettingsRepository settings;

    LinkSettings(LinkSettingsRepository settings) {
        this.settings = settings;
    }

    /** The clinic in scope's policy: a staff member's, or the clinic of the link being opened. */
    public LinkPolicy policy() {
        return settings.find(ClinicScope.require()).orElse(LinkPolicy.DEFAULTS);
    }

    /** Applies to links sent from now on; the portal's grace period to every portal link at once. */
    public void save(LinkPolicy policy) {
        settings.save(ClinicScope.require(), policy, StaffPrincipal.currentUserId());
    }
}
