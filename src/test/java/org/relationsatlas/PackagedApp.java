package org.relationsatlas;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app (target/relations-atlas.jar, made by {@code mvn package}) run as its own process, as
 * it is deployed: on a free port, with its H2 file in a given folder, the shipped dataset and the tests'
 * editor account. It can be killed as a crash kills it (SIGKILL: nothing is closed or flushed) and
 * started again on the same files.
 */
public final class PackagedApp {

    /** What {@code mvn package} makes. */
    public static final Path JAR = Path.of("target", "relations-atlas.jar");
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Path jar;
    private final Path folder;
    private final Map<String, String> extraEnvironment;
    private final List<String> jvmOptions;
    private Process process;
    private int port;
    private int starts;

    /**
     * {@code jar}: this build's or another's (an older build, to compare); {@code extraEnvironment}: e.g.
     * SPRING_DATASOURCE_URL, to run the app on other H2 settings.
     */
    public PackagedApp(Path jar, Path folder, Map<String, String> extraEnvironment) {
        this(jar, folder, extraEnvironment, List.of());
    }

    /**
     * This build, for a test: quicker to start on a busy machine (no optimising compiler), which changes
     * nothing of what the database does.
     */
    public PackagedApp(Path folder) {
        this(JAR, folder, Map.of(), List.of("-XX:TieredStopAtLevel=1"));
    }

    private PackagedApp(Path jar, Path folder, Map<String, String> extraEnvironment, List<String> jvmOptions) {
        this.jar = jar;
        this.folder = folder;
        this.extraEnvironment = extraEnvironment;
        this.jvmOptions = jvmOptions;
    }

    /** The H2 database the app keeps in its folder (ATLAS_DB), without the file's suffix. */
    public Path database() {
        return folder.resolve("db").resolve("atlas");
    }

    /** Starts the app and returns when it answers its health check. */
    public PackagedApp start() throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run mvn package first");
        }
        Files.createDirectories(folder);
        port = freePort();
        starts++;
        Path log = folder.resolve("app-" + starts + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("ATLAS_DB", database().toString());
        builder.environment().put("ATLAS_DATA", Path.of("data").toAbsolutePath().toString());
        builder.environment().put("ATLAS_EDITORS", AtlasTestDatabase.EDITORS.substring("atlas.editors=".length()));
        builder.environment().putAll(extraEnvironment);
        process = builder.start();
        waitUntilHealthy(log);
        return this;
    }

    /** SIGKILL, as a crash or the out-of-memory killer ends the process; returns when it is gone. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            process.onExit().join();
            process = null;
        }
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A client with the session of the tests' editor, logged in through the log-in form (with its CSRF token). */
    public AtlasHttpClient editorSession() throws IOException, InterruptedException {
        return AtlasHttpClient.editor(port);
    }

    /** A lesson file (the shipped lesson alliance-1950 under another id and title) that the app accepts. */
    public String lessonFile(String id, String title) throws IOException, InterruptedException {
        String shipped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/api/lessons/alliance-1950.json")))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        return shipped.replace("\"id\" : \"alliance-1950\"", "\"id\" : \"" + id + "\"")
                .replaceFirst("\"title_en\" : \"[^\"]*\"", "\"title_en\" : \"" + title + "\"");
    }

    private void waitUntilHealthy(Path log) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app stopped while starting:\n" + tail(log));
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        kill();
        throw new IllegalStateException("the app did not start within " + START_LIMIT + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
