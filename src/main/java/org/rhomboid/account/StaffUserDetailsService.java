package org.rhomboid.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Staff sign-in: the account and its security stamp, read together so the session knows which stamp it began under. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    StaffUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return users.findByEmail(email.strip())
                .flatMap(user -> users.standing(user.clinicId(), user.id())
                        .map(standing -> new StaffPrincipal(user, standing.securityStamp())))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
