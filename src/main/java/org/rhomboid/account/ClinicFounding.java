package org.rhomboid.account;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.rhomboid.clinic.ClinicRepository;
import org.rhomboid.clinic.ClinicScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Founds a clinic with its first staff, and lets the caller add more (patients, say) in the same transaction,
 * inside the new clinic's scope so row-level security accepts every row. All of it commits, or none.
 */
@Service
public class ClinicFounding {

    /**
     * A member of staff to create with the clinic. The first administrator named in the environment must change
     * that password at first sign-in; the demo clinic's documented accounts and test clinics need not.
     */
    public record NewStaff(String email, String displayName, String password, Set<Role> roles, String npi,
                           boolean passwordChangeRequired) {
        public NewStaff(String email, String displayName, String password, Set<Role> roles, String npi) {
            this(email, displayName, password, roles, npi, false);
        }
    }

    /** The clinic just founded and its staff, in the order they were given. */
    public record Founded(UUID clinicId, List<StaffUser> staff) {}

    private final ClinicRepository clinics;
    private final StaffAccounts accounts;
    private final TransactionTemplate transaction;

    ClinicFounding(ClinicRepository clinics, StaffAccounts accounts, TransactionTemplate transaction) {
        this.clinics = clinics;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    /**
     * @param secondFactorRequired the clinic's sign-in policy: true for a real clinic; false only where the accounts
     *                             are documented for trying Rhomboid (the demo clinic) or made by tests
     */
    public <T> T found(String name, boolean secondFactorRequired, List<NewStaff> staff,
                       Function<Founded, T> thenInSameTransaction) {
        UUID clinicId = UUID.randomUUID();
        return ClinicScope.callAs(clinicId, () -> transaction.execute(status -> {
            clinics.insert(clinicId, name, secondFactorRequired);
            List<StaffUser> created = staff.stream()
                    .map(s -> accounts.create(s.email(), s.displayName(), s.password(), s.roles(), s.npi(),
                            s.passwordChangeRequired()))
                    .toList();
            return thenInSameTransaction.apply(new Founded(clinicId, created));
        }));
    }
}
