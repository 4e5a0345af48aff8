package org.relationsatlas.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the plain OpenLayers page (target/bench-page, built by Vite) over loopback, gzipped like the
 * atlas's server does, with the four layers saved from the atlas's own /api/layers, byte for byte.
 */
final class StaticMapServer implements AutoCloseable {

    static final List<String> LAYERS = List.of("borders", "pipelines", "railways", "exercises", "places");

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript", "css", "text/css",
            "json", "application/json", "geojson", "application/geo+json");

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    private StaticMapServer(Path root, HttpServer server) {
        this.root = root.toAbsolutePath().normalize();
        this.server = server;
    }

    /** Saves the atlas's layers beside the page and serves the folder on a free loopback port. */
    static StaticMapServer start(Path root, String atlasUrl) throws IOException, InterruptedException {
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalStateException(root + "/index.html is missing: build the page with ./atlas bench");
        }
        saveLayers(root.resolve("layers"), atlasUrl);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        StaticMapServer files = new StaticMapServer(root, server);
        server.createContext("/", files::serve);
        server.setExecutor(files.threads);
        server.start();
        return files;
    }

    private static void saveLayers(Path folder, String atlasUrl) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (String layer : LAYERS) {
                HttpResponse<Path> response = client.send(
                        HttpRequest.newBuilder(URI.create(atlasUrl + "/api/layers/" + layer + ".geojson")).build(),
                        HttpResponse.BodyHandlers.ofFile(folder.resolve(layer + ".geojson")));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("the atlas answered " + response.statusCode() + " for layer " + layer);
                }
            }
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", cacheControl(path));
            byte[] body = Files.readAllBytes(file);
            String accepts = exchange.getRequestHeaders().getFirst("Accept-Encoding");
            if (accepts != null && accepts.contains("gzip") && body.length >= 1024) {
                body = gzip(body);
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** As the atlas: hashed build files for a year, the layers for five minutes (LayerController), the page revalidated. */
    private static String cacheControl(String path) {
        if (path.startsWith("/assets/")) {
            return "public, max-age=31536000, immutable";
        }
        return path.startsWith("/layers/") ? "max-age=300" : "no-cache";
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
