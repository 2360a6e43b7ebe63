package org.rhomboid.link;

import org.rhomboid.link.domain.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Builds every link a patient is given — intake, measures, exercise portal, the handout's QR code — from the
 * configured public address ({@code rhomboid.public-url}, env RHOMBOID_PUBLIC_URL), never from the request: a forged
 * Host or X-Forwarded-Host header would otherwise put another site's name in front of the patient's secret token.
 * Unset, it is this machine's own address (http://localhost and the port Rhomboid listens on), for the demo.
 */
@Component
public class PublicLinks implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(PublicLinks.class);

    private final PublicUrl configured;
    private final String contextPath;
    private volatile PublicUrl local;

    PublicLinks(@Value("${rhomboid.public-url:}") String publicUrl, @Value("${server.port:8080}") int port,
                @Value("${server.servlet.context-path:}") String contextPath) {
        this.contextPath = contextPath;
        this.local = PublicUrl.local(port <= 0 ? 8080 : port, contextPath);
        if (publicUrl == null || publicUrl.isBlank()) {
            this.configured = null;
        } else {
            try {
                this.configured = PublicUrl.parse(publicUrl);
            } catch (IllegalArgumentException wrong) {
                throw new IllegalStateException("RHOMBOID_PUBLIC_URL (rhomboid.public-url) is not usable: "
                        + wrong.getMessage() + ". Set it to the address patients open, e.g. https://rhomboid.yourclinic.example");
            }
        }
    }

    /** The port is known only once the server listens (a random one in tests). */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            local = PublicUrl.local(event.getWebServer().getPort(), contextPath);
            if (configured == null) {
                log.warn("RHOMBOID_PUBLIC_URL is not set: patient links and QR codes point at {}, which only this "
                        + "machine opens. Set it to the address patients reach Rhomboid at.", local.base());
            }
        }
    }

    public String intake(String token) {
        return base().to("/intake/" + segment(token));
    }

    public String measures(String token) {
        return base().to("/measures/" + segment(token));
    }

    public String portal(String token) {
        return base().to("/portal/" + segment(token));
    }

    /** Where staff and patients reach Rhomboid: its origin and host name (for passkeys). */
    public PublicUrl address() {
        return base();
    }

    PublicUrl base() {
        return configured != null ? configured : local;
    }

    private static String segment(String token) {
        return UriUtils.encodePathSegment(token, java.nio.charset.StandardCharsets.UTF_8);
    }
}
