package org.rhomboid.account;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.rhomboid.account.domain.SignInDelay;
import org.rhomboid.shared.SecretTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing down, per account and per source address, with growing delays ({@link SignInDelay})
 * rather than a lock. The account is the e-mail as typed, whether or not it exists, so a real account and an unknown
 * one answer alike. Counted in PostgreSQL ({@code sign_in_failure}), so every node sees the same count. Applies to
 * the web form (through Spring Security's events) and to API token requests.
 */
@Component
public class SignInThrottle {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final UserRepository users;
    private final SignInDelay perAccount;
    private final SignInDelay perAddress;

    SignInThrottle(JdbcClient jdbc, ApplicationEventPublisher events, UserRepository users,
                   @Value("${rhomboid.sign-in.account.free-failures:5}") int accountFree,
                   @Value("${rhomboid.sign-in.account.first-delay:5s}") Duration accountFirst,
                   @Value("${rhomboid.sign-in.address.free-failures:100}") int addressFree,
                   @Value("${rhomboid.sign-in.address.first-delay:1s}") Duration addressFirst,
                   @Value("${rhomboid.sign-in.max-delay:5m}") Duration ceiling,
                   @Value("${rhomboid.sign-in.forget-after:1h}") Duration forgetAfter) {
        this.jdbc = jdbc;
        this.events = events;
        this.users = users;
        this.perAccount = new SignInDelay(accountFree, accountFirst, ceiling, forgetAfter);
        this.perAddress = new SignInDelay(addressFree, addressFirst, ceiling, forgetAfter);
    }

    /** How long this e-mail, from this address, must still wait before its password is checked at all. */
    public Duration waitFor(String email, String address) {
        return jdbc.sql("""
                        select kind, failures, (extract(epoch from now() - last_failure_at) * 1000)::bigint as since
                          from sign_in_failure
                         where (kind = 'ACCOUNT' and key_hash = :account) or (kind = 'ADDRESS' and key_hash = :address)""")
                .param("account", key(account(email))).param("address", key(String.valueOf(address)))
                .query((rs, row) -> (rs.getString("kind").equals("ACCOUNT") ? perAccount : perAddress)
                        .remaining(rs.getInt("failures"), Duration.ofMillis(rs.getLong("since"))))
                .list().stream().max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /**
     * {@link #waitFor}, for an attempt about to be checked: when it must wait, the refusal is reported
     * ({@link SignInRefused}) for the audit trail of the account's clinic.
     */
    public Duration admit(String email, String address) {
        Duration wait = waitFor(email, address);
        if (!wait.isZero()) {
            events.publishEvent(new SignInRefused(email, SignInRefused.THROTTLED));
        }
        return wait;
    }

    public void failed(String email, String address) {
        count("ACCOUNT", key(account(email)));
        if (address != null) {
            count("ADDRESS", key(address));
        }
        if (ThreadLocalRandom.current().nextInt(50) == 0) {
            jdbc.sql("delete from sign_in_failure where last_failure_at < now() - make_interval(secs => :forget)")
                    .param("forget", perAccount.forgetAfter().toSeconds()).update();
        }
    }

    /** The right password clears the account's count (not the address's: one valid account must not reset a spray). */
    public void succeeded(String email) {
        jdbc.sql("delete from sign_in_failure where kind = 'ACCOUNT' and key_hash = :key")
                .param("key", key(account(email))).update();
    }

    /** Keys are hashed: neither guessed e-mails nor addresses are kept in clear. */
    static String key(String value) {
        return SecretTokens.hash(value);
    }

    private static String account(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private void count(String kind, String key) {
        jdbc.sql("""
                insert into sign_in_failure (kind, key_hash, failures, last_failure_at) values (:kind, :key, 1, now())
                on conflict (kind, key_hash) do update set
                    failures = case when sign_in_failure.last_failure_at < now() - make_interval(secs => :forget)
                                    then 1 else sign_in_failure.failures + 1 end,
                    last_failure_at = now()""")
                .param("kind", kind).param("key", key).param("forget", perAccount.forgetAfter().toSeconds()).update();
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    /**
     * A password alone does not clear the count while the account has a second factor: otherwise someone who knows
     * the password could sign in again between guesses of the code and never wait. The second step clears it.
     */
    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal staff && !staff.secondFactorGiven()
                && users.standing(staff.clinicId(), staff.userId()).map(AccountStanding::secondFactorSetUp)
                        .orElse(false)) {
            return;
        }
        succeeded(event.getAuthentication().getName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
