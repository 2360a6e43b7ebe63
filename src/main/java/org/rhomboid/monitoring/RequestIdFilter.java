package org.rhomboid.monitoring;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every request an id: the proxy's {@code X-Request-Id} when it is a short plain token, else a new one. The
 * id is in the log's MDC (so every line logged for the request carries it), in the response header, and in one
 * closing line per request naming the route's template — never the address as typed, whose query string can hold
 * a patient's name (a search) — with the status and the time taken.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** Long enough for a UUID or nginx's 32 hex digits; nothing that could smuggle text into a log line. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    private static final Logger log = LoggerFactory.getLogger("org.rhomboid.requests");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // An error page is a second dispatch of the same request: it keeps the first dispatch's id.
        String id = request.getAttribute(ATTRIBUTE) instanceof String kept ? kept : idOf(request.getHeader(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        String outer = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        long started = System.nanoTime();
        boolean failed = true;
        try {
            chain.doFilter(request, response);
            failed = false;
        } finally {
            if (request.getDispatcherType() == DispatcherType.REQUEST) {
                // An exception escaping here becomes a 500 on the error page, after this line is written.
                log.info("{} {} {} {}ms", request.getMethod(), route(request), failed ? 500 : response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            if (outer == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, outer);
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static String idOf(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** The mapped route's template (/patients/{id}); "-" when no handler took the request. */
    private static String route(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern
                ? pattern : "-";
    }
}
