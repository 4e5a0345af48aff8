package org.relationsatlas.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.relationsatlas.browser.Chromium;

/**
 * The bench's arguments, as {@code ./atlas bench} passes them: a mode ("open", the default, or
 * "sessions"), then --name=value options. Paths are relative to the project folder.
 *
 * @param count runs of each page (open) or sessions of each page (sessions)
 * @param appPid the atlas server's process, whose heap the sessions mode reads (0: unknown)
 */
record BenchOptions(String mode, String atlasUrl, int count, String chromium, Path pageDir, Path node,
        Path tools, Path out, boolean lighthouse, long appPid, String label) {

    static BenchOptions parse(String[] args) {
        Map<String, String> named = new LinkedHashMap<>();
        String mode = "open";
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                named.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals), equals < 0 ? "true" : arg.substring(equals + 1));
            } else {
                mode = arg;
            }
        }
        if (!mode.equals("open") && !mode.equals("sessions")) {
            throw new IllegalArgumentException("unknown bench mode " + mode + ": open or sessions");
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return new BenchOptions(mode,
                named.getOrDefault("url", "http://localhost:8080"),
                Integer.parseInt(named.getOrDefault("count", mode.equals("open") ? "10" : "40")),
                named.getOrDefault("chromium", Chromium.executableFromSystemProperty()),
                Path.of(named.getOrDefault("page", "target/bench-page")),
                Path.of(named.getOrDefault("node", ".tools/node24/bin/node")),
                Path.of(named.getOrDefault("tools", "target/bench-tools")),
                Path.of(named.getOrDefault("out", "target/bench/" + mode + "-" + stamp + ".json")),
                !named.containsKey("no-lighthouse"),
                Long.parseLong(named.getOrDefault("app-pid", "0")),
                named.getOrDefault("label", ""));
    }
}
