package org.rhomboid.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Component;

/**
 * The WebAuthn "user entity" of a staff account, kept on the account itself: its name is the sign-in e-mail, its
 * display name the person's name, its id a random handle made at the first passkey (not the e-mail or the
 * account's id, so an authenticator learns nothing about Rhomboid's records). A changed e-mail keeps its passkeys.
 */
@Component
class PasskeyAccounts implements PublicKeyCredentialUserEntityRepository {

    private final JdbcClient jdbc;

    PasskeyAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes id) {
        return jdbc.sql("select email, display_name, passkey_user_handle from app_user where passkey_user_handle = :h")
                .param("h", id.toBase64UrlString())
                .query((rs, row) -> entity(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElse(null);
    }

    @Override
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        return jdbc.sql("select email, display_name, passkey_user_handle from app_user"
                        + " where lower(email) = lower(:email) and passkey_user_handle is not null")
                .param("email", username)
                .query((rs, row) -> entity(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElse(null);
    }

    /** Spring Security makes the entity before the first passkey is registered; the handle is kept once only. */
    @Override
    public void save(PublicKeyCredentialUserEntity entity) {
        jdbc.sql("update app_user set passkey_user_handle = :h"
                        + " where lower(email) = lower(:email) and passkey_user_handle is null")
                .param("h", entity.getId().toBase64UrlString()).param("email", entity.getName()).update();
    }

    /** The handle goes only once no passkey refers to it. */
    @Override
    public void delete(Bytes id) {
        jdbc.sql("update app_user set passkey_user_handle = null where passkey_user_handle = :h"
                        + " and not exists (select 1 from user_credentials where user_entity_user_id = :h)")
                .param("h", id.toBase64UrlString()).update();
    }

    private static PublicKeyCredentialUserEntity entity(String email, String displayName, String handle) {
        return ImmutablePublicKeyCredentialUserEntity.builder().name(email).displayName(displayName)
                .id(Bytes.fromBase64(handle)).build();
    }
}
