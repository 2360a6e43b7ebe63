package org.rhomboid.settings;

import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.link.LinkSettings;
import org.rhomboid.link.domain.LinkPolicy;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in clinic's own details: letterhead, billing provider, documentation policy, patient links. */
@Service
@Transactional
public class ClinicSettings {

    private final ClinicRepository clinics;
    private final LinkSettings links;

    ClinicSettings(ClinicRepository clinics, LinkSettings links) {
        this.clinics = clinics;
        this.links = links;
    }

    public ClinicProfile current() {
        return clinics.profile(ClinicScope.require()).orElseThrow(() -> new NotFoundException("Clinic not found"));
    }

    /** How long the clinic's patient links last. */
    public LinkPolicy links() {
        return links.policy();
    }

    /** The details and the link lifetimes, saved together. */
    public void update(ClinicProfile profile, LinkPolicy linkPolicy) {
        clinics.updateProfile(ClinicScope.require(), profile);
        links.save(linkPolicy);
    }
}
