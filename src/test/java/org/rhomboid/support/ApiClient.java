package org.rhomboid.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client against the running application's JSON API. */
public class ApiClient {

    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            return MAPPER.readTree(body);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;

    private ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, null);
    }

    public static ApiClient signedIn(int port, String username, String password) {
        ApiClient anonymous = anonymous(port);
        Response response = anonymous.send("POST", "/api/v1/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (response.status() != 200) {
            throw new IllegalStateException("Could not sign in " + username + ": " + response);
        }
        return anonymous.withToken(response.json().get("token").asString());
    }

    public ApiClient withToken(String newToken) {
        return new ApiClient(base, newToken);
    }

    public String token() {
        return token;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response put(String path, String json) {
        return send("PUT", path, json);
    }

    public Response send(String method, String path, String json) {
        return send(method, path, json, "application/json");
    }

    public Response send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, "application/json, application/problem+json");
    }

    /** A POST that asks for another representation (an X12 file, a printable page). */
    public Response postAccepting(String path, String json, String accept) {
        return send("POST", path, json, "application/json", accept + ", application/problem+json");
    }

    private Response send(String method, String path, String body, String contentType, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                                             : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", accept);
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
