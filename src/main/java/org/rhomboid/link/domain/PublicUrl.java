package org.rhomboid.link.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The address patients reach the clinic's Rhomboid at, as configured: every link they are given (intake, measures,
 * exercise portal, the handout's QR code) starts with it. It is never taken from the request, whose Host and
 * X-Forwarded-Host headers anyone can forge to send a patient — and their link's secret — elsewhere.
 */
public record PublicUrl(String base) {

    /**
     * Reads the configured address: http or https, a host, an optional port and path, nothing else.
     *
     * @throws IllegalArgumentException saying what is wrong, for the start-up message
     */
    public static PublicUrl parse(String configured) {
        String value = configured == null ? "" : configured.strip();
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("it is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("it must start with https:// (or http://)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("it must name a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("it must be an address only, without user, query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new PublicUrl(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path);
    }

    /** The default for a demo on this machine: the port Rhomboid listens on, and its context path. */
    public static PublicUrl local(int port, String contextPath) {
        return parse("http://localhost:" + port + (contextPath == null ? "" : contextPath));
    }

    /** The full link to a path such as "/intake/" + token. */
    public String to(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /** The scheme, host and port alone: the origin a browser reports (WebAuthn checks passkeys against it). */
    public String origin() {
        URI uri = URI.create(base);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** The host name alone: a passkey's relying-party id. */
    public String host() {
        return URI.create(base).getHost();
    }
}
