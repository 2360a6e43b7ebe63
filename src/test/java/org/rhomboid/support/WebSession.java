package org.rhomboid.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in browser session without a browser: cookies, CSRF tokens and form posts over real HTTP. */
public class WebSession {

    public record Page(int status, String body, String location) {}

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** This session's cookies as a Cookie header, for a request this client can't send (a forged Host header). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public static WebSession signIn(int port, String username, String password) {
        WebSession session = new WebSession(port);
        Page login = session.post("/login", Map.of("username", username, "password", password), "/login");
        // Refused sign-ins go back to the sign-in page (?error, or ?throttled while the account must wait).
        if (login.status() != 302 || login.location() == null || login.location().contains("/login")) {
            throw new IllegalStateException("Sign-in failed for " + username + ": " + login.status());
        }
        return session;
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** Sends this header with every request from now on (e.g. X-Forwarded-For, as a trusted proxy would). */
    public WebSession withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Posts a form the way the browser would: with the CSRF token of the page it came from. */
    public Page post(String path, Map<String, String> fields, String fromPage) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfFrom(get(fromPage).body()));
        return postRaw(path, form);
    }

    public Page postRaw(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return postEncoded(path, body);
    }

    /** Posts an already encoded form body (for multi-valued fields), with the CSRF token of {@code fromPage}. */
    public Page postMulti(String path, Map<String, java.util.List<String>> fields, String fromPage) {
        Map<String, java.util.List<String>> form = new LinkedHashMap<>(fields);
        form.put("_csrf", java.util.List.of(csrfFrom(get(fromPage).body())));
        return postEncoded(path, WebForms.encode(form));
    }

    /**
     * Posts a multi-valued form exactly as given, the caller having put in the _csrf of a page it read before:
     * for requests fired all at once, with no page fetched in between.
     */
    public Page postPrepared(String path, Map<String, java.util.List<String>> fields) {
        return postEncoded(path, WebForms.encode(fields));
    }

    /** Posts multipart/form-data (a form with a file), with the CSRF token of {@code fromPage}. */
    public Page postMultipart(String path, Map<String, java.util.List<String>> fields, String fileField, String fileName,
                              byte[] file, String fromPage) {
        String boundary = "----rhomboid" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Map<String, java.util.List<String>> form = new LinkedHashMap<>(fields);
        form.put("_csrf", java.util.List.of(csrfFrom(get(fromPage).body())));
        form.forEach((name, values) -> values.forEach(value -> out.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8))));
        if (fileField != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** A form post (with the CSRF token of {@code fromPage}) answered with headers and body: downloads. */
    public HttpResponse<String> postForResponse(String path, Map<String, String> fields, String fromPage) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfFrom(get(fromPage).body()));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bytes a form post answers with (a PDF made from a form), with the CSRF token of {@code fromPage}. */
    public byte[] postBytes(String path, Map<String, String> fields, String fromPage) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfFrom(get(fromPage).body()));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The raw bytes and content type of a GET (images). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page postEncoded(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String csrfFrom(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (matcher.find()) {
            return matcher.group(1);
        }
        Matcher meta = CSRF_META.matcher(html);
        if (meta.find()) {
            return meta.group(1);
        }
        throw new IllegalStateException("No CSRF token on the page");
    }

    private Page send(HttpRequest.Builder request) {
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
