package org.rhomboid.security;

import java.util.Set;
import org.rhomboid.link.PublicLinks;
import org.rhomboid.link.domain.PublicUrl;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Rhomboid as a WebAuthn relying party: its id is the host name of the public address (RHOMBOID_PUBLIC_URL) and
 * the only origin it accepts is that address's, never one a request names. Made on first use, because without a
 * configured address it is this machine's, whose port is known only once the server listens.
 */
class ClinicRelyingParty implements WebAuthnRelyingPartyOperations {

    private final PublicKeyCredentialUserEntityRepository accounts;
    private final UserCredentialRepository credentials;
    private final PublicLinks address;
    private volatile Webauthn4JRelyingPartyOperations operations;

    ClinicRelyingParty(PublicKeyCredentialUserEntityRepository accounts, UserCredentialRepository credentials,
                       PublicLinks address) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.address = address;
    }

    private Webauthn4JRelyingPartyOperations operations() {
        Webauthn4JRelyingPartyOperations made = operations;
        if (made == null) {
            PublicUrl url = address.address();
            made = new Webauthn4JRelyingPartyOperations(accounts, credentials,
                    PublicKeyCredentialRpEntity.builder().id(url.host()).name("Rhomboid").build(),
                    Set.of(url.origin()));
            operations = made;
        }
        return made;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return operations().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        return operations().registerCredential(request);
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
            PublicKeyCredentialRequestOptionsRequest request) {
        return operations().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return operations().authenticate(request);
    }
}
