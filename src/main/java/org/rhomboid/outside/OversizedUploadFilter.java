package org.rhomboid.outside;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rhomboid.outside.domain.DocumentUpload;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A file over the server's multipart limit never reaches a controller: the container refuses to read the form,
 * so even its CSRF token is lost and the person would see an error page. Files up to that limit reach the
 * upload rule (10 MB, with its message beside the field and the form kept); for the forms that file documents
 * this filter answers larger ones before anything reads the form: it sends the person back to the form with the
 * same message beside the file field. It changes nothing, so it needs no CSRF token.
 */
class OversizedUploadFilter extends OncePerRequestFilter {

    /** Draining the rest of the body lets the browser read the answer; beyond this the connection is dropped. */
    private static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    /** A form that files a document: its address, the page it sits on, and the flash attribute its page shows. */
    private record UploadForm(Pattern path, String page, String attribute, Object message) {}

    private static final String ID = "([0-9a-fA-F-]{36})";
    private static final List<UploadForm> FORMS = List.of(
            new UploadForm(Pattern.compile("/patients/" + ID + "/documents"), "/patients/%s#documents",
                    "documentErrors", Map.of("file", DocumentUpload.TOO_LARGE)),
            // The "Record the outcome" form of a red-flag concern, which may attach the report (screening).
            new UploadForm(Pattern.compile("/episodes/" + ID + "/clearances"), "/episodes/%s#concerns",
                    "clearanceTooLarge", DocumentUpload.TOO_LARGE));

    private final long maxRequestBytes;

    OversizedUploadFilter(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                || request.getContentLengthLong() <= maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (UploadForm form : FORMS) {
            Matcher matcher = form.path().matcher(path);
            if (matcher.matches()) {
                sendBack(request, response, form, matcher.group(1));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void sendBack(HttpServletRequest request, HttpServletResponse response, UploadForm form, String id)
            throws IOException {
        String page = form.page().formatted(id);
        if (request.getSession(false) != null) {
            FlashMap flash = new FlashMap();
            flash.put(form.attribute(), form.message());
            flash.setTargetRequestPath(request.getContextPath() + page.substring(0, page.indexOf('#')));
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            if (request.getContentLengthLong() <= DRAIN_LIMIT) {
                drain(request.getInputStream());
            }
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + page);
    }

    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        for (int n; (n = body.read(buffer)) != -1 && read <= DRAIN_LIMIT; ) {
            read += n;
        }
    }
}
