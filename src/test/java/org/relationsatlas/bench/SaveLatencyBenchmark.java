package org.relationsatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.relationsatlas.AtlasHttpClient;
import org.relationsatlas.PackagedApp;

/**
 * How long an editor's save takes (POST /api/lessons, log-in done, the answer read), in packaged apps side
 * by side: this build, and optionally another jar (an older build) as it ships and with WRITE_DELAY=0
 * only. The apps run at once and take turns save by save, so a busy machine slows them alike.
 * Not run by the tests:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.relationsatlas.bench.SaveLatencyBenchmark -Dexec.args="50 /path/to/older.jar"
 * </pre>
 * Arguments: saves per app (default 50), and the other jar.
 */
public final class SaveLatencyBenchmark {

    private static final int WARM_UP = 20;

    private SaveLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path root = Files.createTempDirectory("save-latency");
        Map<String, PackagedApp> apps = new LinkedHashMap<>();
        if (args.length > 1) {
            Path other = Path.of(args[1]);
            apps.put("other jar, as shipped", new PackagedApp(other, root.resolve("other"), Map.of()));
            Path folder = root.resolve("other-write-delay-0");
            apps.put("other jar, WRITE_DELAY=0", new PackagedApp(other, folder, Map.of("SPRING_DATASOURCE_URL",
                    "jdbc:h2:file:" + folder.resolve("db").resolve("atlas") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")));
        }
        apps.put("this build", new PackagedApp(PackagedApp.JAR, root.resolve("this"), Map.of()));

        Map<String, AtlasHttpClient> editors = new LinkedHashMap<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        try {
            for (var app : apps.entrySet()) {
                app.getValue().start();
                editors.put(app.getKey(), app.getValue().editorSession());
                tokens.put(app.getKey(), editors.get(app.getKey()).csrfToken());
                files.put(app.getKey(), app.getValue().lessonFile("latency-test", "Save latency"));
                millis.put(app.getKey(), new ArrayList<>());
            }
            for (int save = -WARM_UP; save < saves; save++) {
                for (var app : apps.entrySet()) {
                    long start = System.nanoTime();
                    // The token is read once per session, so only the save itself is timed.
                    int status = editors.get(app.getKey()).postJson("/api/lessons", files.get(app.getKey()),
                            tokens.get(app.getKey())).statusCode();
                    double elapsed = (System.nanoTime() - start) / 1e6;
                    if (status != 200 && status != 201) {
                        throw new IllegalStateException(app.getKey() + ": the save answered " + status);
                    }
                    if (save >= 0) {
                        millis.get(app.getKey()).add(elapsed);
                    }
                }
            }
        } finally {
            for (PackagedApp app : apps.values()) {
                app.kill();
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %6s %8s %8s %8s%n", "save latency, ms", "saves", "median", "p95", "max");
        for (var times : millis.entrySet()) {
            List<Double> sorted = times.getValue().stream().sorted().toList();
            System.out.printf(Locale.ROOT, "%-28s %6d %8.1f %8.1f %8.1f%n", times.getKey(), sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 95), sorted.getLast());
        }
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
