package org.rhomboid.account;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code rhomboid.sign-in.max-failures} wrong passwords in a row an account
 * is locked for {@code rhomboid.sign-in.lockout}; a successful sign-in clears the count. Applies to the web
 * form (through Spring Security's events) and to API token requests.
 */
@Component
public class SignInGuard {

    private final JdbcClient jdbc;
    private final int maxFailures;
    private final Duration lockout;

    SignInGuard(JdbcClient jdbc, @Value("${rhomboid.sign-in.max-failures:5}") int maxFailures,
                @Value("${rhomboid.sign-in.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    public boolean locked(String email) {
        return jdbc.sql("select exists (select 1 from app_user where lower(email) = lower(:email) and locked_until > now())")
                .param("email", email.strip()).query(Boolean.class).single();
    }

    public void failed(String email) {
        jdbc.sql("""
                update app_user set failed_sign_ins = failed_sign_ins + 1,
                       locked_until = case when failed_sign_ins + 1 >= :max
                                           then now() + make_interval(secs => :seconds) else locked_until end
                 where lower(email) = lower(:email)""")
                .param("max", maxFailures).param("seconds", lockout.toSeconds()).param("email", email.strip()).update();
    }

    public void succeeded(String email) {
        jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = null where lower(email) = lower(:email)"
                        + " and (failed_sign_ins > 0 or locked_until is not null)")
                .param("email", email.strip()).update();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }
}
