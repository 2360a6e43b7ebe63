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

    public boolean isActiveTherapist(UUID userId) {
        return users.find(ClinicScope.require(), userId)
                .filter(user -> user.active() && user.has(Role.PT))
                .isPresent();
    }
}
