package org.rhomboid.settings;

import org.rhomboid.clinic.ClinicProfile;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in clinic's own details: letterhead, billing provider, documentation policy. */
@Service
@Transactional
public class ClinicSettings {

    private final ClinicRepository clinics;

    ClinicSettings(ClinicRepository clinics) {
        this.clinics = clinics;
    }

    public ClinicProfile current() {
        return clinics.profile(ClinicScope.require()).orElseThrow(() -> new NotFoundException("Clinic not found"));
    }

    public void update(ClinicProfile profile) {
        clinics.updateProfile(ClinicScope.require(), profile);
    }
}
