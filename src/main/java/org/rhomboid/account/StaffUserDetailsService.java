package org.rhomboid.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final SignInGuard guard;

    StaffUserDetailsService(UserRepository users, SignInGuard guard) {
        this.users = users;
        this.guard = guard;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        boolean locked = guard.locked(email);
        return users.findByEmail(email.strip())
                .map(user -> new StaffPrincipal(user, locked))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
