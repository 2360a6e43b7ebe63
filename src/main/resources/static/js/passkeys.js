// Passkeys through Spring Security's WebAuthn endpoints (adapted from its spring-security-webauthn.js, Apache-2.0):
// buttons marked data-passkey-sign-in sign in (or complete a password sign-in), data-passkey-register adds one.
"use strict";
(() => {
    const base64url = {
        encode(buffer) {
            return btoa(String.fromCharCode(...new Uint8Array(buffer)))
                .replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_");
        },
        decode(text) {
            const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
            return Uint8Array.from(binary, c => c.charCodeAt(0)).buffer;
        }
    };
    const context = (document.querySelector("meta[name=_context]")?.content || "/").replace(/\/$/, "");

    function csrf() {
        const token = document.querySelector("meta[name=_csrf]");
        const header = document.querySelector("meta[name=_csrf_header]");
        return token && header ? {[header.content]: token.content} : {};
    }

    async function post(path, body) {
        const response = await fetch(context + path, {
            method: "POST",
            credentials: "same-origin",
            headers: {"Content-Type": "application/json", ...csrf()},
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        if (!response.ok) {
            throw new Error("HTTP " + response.status);
        }
        return response.json();
    }

    function show(message) {
        const error = document.getElementById("passkey-error");
        if (error) {
            error.textContent = message;
            error.hidden = false;
            error.focus?.();
        }
    }

    async function signIn(button) {
        button.disabled = true;
        try {
            const options = await post("/webauthn/authenticate/options");
            const credential = await navigator.credentials.get({
                publicKey: {
                    ...options,
                    challenge: base64url.decode(options.challenge),
                    allowCredentials: (options.allowCredentials || []).map(c => ({...c, id: base64url.decode(c.id)}))
                }
            });
            const r = credential.response;
            const result = await post("/login/webauthn", {
                id: credential.id,
                rawId: base64url.encode(credential.rawId),
                response: {
                    authenticatorData: base64url.encode(r.authenticatorData),
                    clientDataJSON: base64url.encode(r.clientDataJSON),
                    signature: base64url.encode(r.signature),
                    userHandle: r.userHandle ? base64url.encode(r.userHandle) : undefined
                },
                credType: credential.type,
                clientExtensionResults: credential.getClientExtensionResults(),
                authenticatorAttachment: credential.authenticatorAttachment
            });
            if (!result.authenticated) {
                throw new Error("refused");
            }
            window.location.href = result.redirectUrl;
        } catch (e) {
            show("The passkey did not sign you in. Try again, or use your password" +
                (document.getElementById("code") ? " and code." : "."));
            button.disabled = false;
        }
    }

    async function register(button) {
        const labelInput = document.getElementById("passkey-label");
        const label = (labelInput?.value || "").trim();
        if (!label) {
            show("Give the passkey a name first, such as “Clinic iPad”.");
            labelInput?.focus();
            return;
        }
        button.disabled = true;
        try {
            const options = await post("/webauthn/register/options");
            const credential = await navigator.credentials.create({
                publicKey: {
                    ...options,
                    user: {...options.user, id: base64url.decode(options.user.id)},
                    challenge: base64url.decode(options.challenge),
                    excludeCredentials: (options.excludeCredentials || []).map(c => ({...c, id: base64url.decode(c.id)}))
                }
            });
            const r = credential.response;
            const result = await post("/webauthn/register", {
                publicKey: {
                    credential: {
                        id: credential.id,
                        rawId: base64url.encode(credential.rawId),
                        response: {
                            attestationObject: base64url.encode(r.attestationObject),
                            clientDataJSON: base64url.encode(r.clientDataJSON),
                            transports: r.getTransports ? r.getTransports() : []
                        },
                        type: credential.type,
                        clientExtensionResults: credential.getClientExtensionResults(),
                        authenticatorAttachment: credential.authenticatorAttachment
                    },
                    label: label.slice(0, 100)
                }
            });
            if (!result.success) {
                throw new Error("refused");
            }
            window.location.href = context + "/account/sign-in-security?added";
        } catch (e) {
            show("The passkey was not added. If this device already has one for Rhomboid, it is in the list.");
            button.disabled = false;
        }
    }

    document.addEventListener("DOMContentLoaded", () => {
        const supported = !!window.PublicKeyCredential;
        document.querySelectorAll("[data-passkey-sign-in]").forEach(button => {
            button.hidden = !supported;
            button.addEventListener("click", () => signIn(button));
        });
        document.querySelectorAll("[data-passkey-register]").forEach(button => {
            if (!supported) {
                button.disabled = true;
                show("This browser does not support passkeys. Use an authenticator app instead.");
            }
            button.addEventListener("click", () => register(button));
        });
    });
})();
