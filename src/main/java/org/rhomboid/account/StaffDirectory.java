package org.rhomboid.account;

import java.util.List;
import java.util.UUID;
import org.rhomboid.clinic.ClinicScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who works at the caller's clinic, for pickers and assignment checks. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final UserRepository users;

    StaffDirectory(UserRepository users) {
        this.users = users;
    }

    public List<StaffUser> activeTherapists() {
        return users.inClinic(ClinicScope.require()).stream()
                .filter(user -> user.active() && user.has(Role.PT))
                .toList();
    }

    /** Everyone active at the caller's clinic, by name (the schedule's therapist pickers and the staff API). */
    public List<StaffUser> active() {
        return users.inClinic(ClinicScope.require()).stream().filter(StaffUser::active).toList();
    }

    public boolean isActiveTherapist(UUID userId) {
        return users.find(ClinicScope.require(), userId)
                .filter(user -> user.active() && user.has(Role.PT))
                .isPresent();
    }
}
