package org.relationsatlas;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running app that keeps its session cookie, as a script using the API does: it reads
 * the CSRF token from GET /api/csrf and logs in with the form's fields. Redirects are not followed.
 */
public final class AtlasHttpClient {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    public AtlasHttpClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A client logged in as the tests' editor, or an assertion error saying why not. */
    public static AtlasHttpClient editor(int port) throws IOException, InterruptedException {
        AtlasHttpClient editor = new AtlasHttpClient(port);
        HttpResponse<String> login = editor.logIn("editor", AtlasTestDatabase.EDITOR_PASSWORD);
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("login")) {
            throw new AssertionError("the editor could not log in: " + login.statusCode() + " " + location);
        }
        return editor;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code Cookie} header of this session, for requests sent another way (raw bytes). */
    public String cookieHeader() {
        return String.join("; ", cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString).toList());
    }

    /** The session's CSRF token now (it changes at log-in). */
    public String csrfToken() throws IOException, InterruptedException {
        return JsonMapper.builder().build().readTree(send(request("/api/csrf")).body()).path("token").asString();
    }

    /** The log-in form's POST, with the session's CSRF token. */
    public HttpResponse<String> logIn(String name, String password) throws IOException, InterruptedException {
        return postLogin("_csrf=" + encode(csrfToken()) + "&username=" + encode(name) + "&password=" + encode(password));
    }

    public HttpResponse<String> postLogin(String form) throws IOException, InterruptedException {
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A JSON POST carrying the session's current CSRF token, as a same-site page or a script sends it. */
    public HttpResponse<String> postJsonWithToken(String path, String json) throws IOException, InterruptedException {
        return postJson(path, json, csrfToken());
    }

    /** A JSON POST carrying this CSRF token (one read with {@link #csrfToken()} serves the whole session). */
    public HttpResponse<String> postJson(String path, String json, String token) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
