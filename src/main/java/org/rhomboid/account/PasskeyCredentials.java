package org.rhomboid.account;

import java.util.List;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Component;

/**
 * Passkeys in Spring Security's own table (JdbcUserCredentialRepository), with a newly registered one reported to
 * the audit trail as the account's enrolment, and a removal through Spring's route as a removal. (Every sign-in saves the record again, to count its signature: only
 * a record not yet stored is an enrolment.)
 */
@Component
class PasskeyCredentials implements UserCredentialRepository {

    private final UserCredentialRepository stored;
    private final UserRepository users;
    private final SecondFactors factors;
    private final PasskeyAccounts accounts;

    PasskeyCredentials(JdbcOperations jdbc, UserRepository users, SecondFactors factors, PasskeyAccounts accounts) {
        this.stored = new JdbcUserCredentialRepository(jdbc);
        this.users = users;
        this.factors = factors;
        this.accounts = accounts;
    }

    @Override
    public void save(CredentialRecord record) {
        boolean isNew = stored.findByCredentialId(record.getCredentialId()) == null;
        stored.save(record);
        if (isNew) {
            var entity = accounts.findById(record.getUserEntityUserId());
            if (entity != null) {
                users.findByEmail(entity.getName()).ifPresent(factors::passkeyAdded);
            }
        }
    }

    /** Spring Security's own DELETE /webauthn/register/{id} (its owner only) lands here: recorded as a removal. */
    @Override
    public void delete(Bytes credentialId) {
        CredentialRecord record = stored.findByCredentialId(credentialId);
        stored.delete(credentialId);
        if (record != null) {
            var entity = accounts.findById(record.getUserEntityUserId());
            if (entity != null) {
                users.findByEmail(entity.getName()).ifPresent(factors::passkeyRemoved);
            }
        }
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return stored.findByCredentialId(credentialId);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userId) {
        return stored.findByUserId(userId);
    }
}
