package org.relationsatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The tests' editor logged in over HTTP, as a client keeps the session: its cookies. */
public final class EditorSession {

    private EditorSession() {
    }

    /** A client logged in as the tests' editor (the session cookie kept by its cookie manager). */
    public static HttpClient logIn(int port) throws IOException, InterruptedException {
        return logIn(port, new CookieManager());
    }

    /** The {@code Cookie} header of a freshly logged-in editor, for requests sent another way. */
    public static String cookieHeader(int port) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        logIn(port, cookies);
        return String.join("; ", cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString).toList());
    }

    private static HttpClient logIn(int port, CookieManager cookies) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String form = "username=editor&password=" + URLEncoder.encode(AtlasTestDatabase.EDITOR_PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return client;
    }
}
