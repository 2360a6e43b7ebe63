package org.rhomboid.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends fuzz cases over real HTTP, byte for byte: a form value's lone surrogate goes out as the three bytes a careless
 * encoder would write (not as the '?' Java's encoders substitute), a JSON body exactly as given. One client per role:
 * a signed-in web session (cookies, the session's CSRF token) and an API bearer token; the anonymous one is the
 * patient behind a link.
 */
final class FuzzClient {

    record Answer(int status, String contentType, String body) {}

    private final String base;
    private final HttpClient http;
    private final String bearer;
    private String csrf;

    private FuzzClient(int port, String bearer) {
        this.base = "http://localhost:" + port;
        this.bearer = bearer;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static FuzzClient anonymous(int port) {
        return new FuzzClient(port, null);
    }

    /** Signs in on the web form; the API token comes from the caller, who signed in there too. */
    static FuzzClient signedIn(int port, String email, String password, String bearer) {
        FuzzClient client = new FuzzClient(port, bearer);
        client.csrfFrom("/login");
        Answer login = client.post("/login", FuzzCase.FORM, encode(Map.of("username", List.of(email),
                "password", List.of(password), "_csrf", List.of(client.csrf))).getBytes(StandardCharsets.US_ASCII));
        if (login.status() != 302) {
            throw new IllegalStateException("Sign-in failed for " + email + ": " + login.status());
        }
        client.csrfFrom("/patients");
        return client;
    }

    /** Takes the CSRF token of a page this session may open (the patient's link, for the anonymous client). */
    void csrfFrom(String path) {
        String page = get(path).body();
        java.util.regex.Matcher matcher = java.util.regex.Pattern
                .compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(page);
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** A case with its route already filled in. */
    Answer send(FuzzCase request, String path) {
        if (request.isForm()) {
            Map<String, List<String>> fields = new java.util.LinkedHashMap<>(request.form());
            if (csrf != null) {
                fields.putIfAbsent("_csrf", List.of(csrf));
            }
            if (FuzzCase.MULTIPART.equals(request.contentType())) {
                String boundary = "----rhomboidfuzz" + UUID.randomUUID();
                return post(path, FuzzCase.MULTIPART + "; boundary=" + boundary, multipart(fields, boundary));
            }
            return post(path, FuzzCase.FORM, encode(fields).getBytes(StandardCharsets.US_ASCII));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Accept", "*/*");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (request.body() == null) {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(utf8(request.body())));
            builder.header("Content-Type", request.contentType() == null ? "application/json" : request.contentType());
        }
        return send(builder);
    }

    private Answer post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("No answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(Map<String, List<String>> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, values) -> values.forEach(value -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(percent(name)).append('=').append(percent(value));
        }));
        return body.toString();
    }

    private static String percent(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : utf8(text)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                    || c == '_') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static byte[] multipart(Map<String, List<String>> fields, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, values) -> values.forEach(value -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.replace("\"", "%22")
                    + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(utf8(value));
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }));
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** UTF-8, except that a lone surrogate is written as its own three bytes rather than replaced by '?'. */
    static byte[] utf8(String text) {
        if (text.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.writeBytes(text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                out.write(0xe0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3f));
                out.write(0x80 | (c & 0x3f));
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
