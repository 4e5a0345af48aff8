package org.relationsatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lighthouse (performance and accessibility, desktop and mobile presets) run with the build's Node 24
 * against a page; installed on demand into the bench's tools folder with npm's configured registry.
 * The reports are kept beside the figures (target/bench/lighthouse).
 */
final class Lighthouse {

    /** Chromium may not call home on these machines, and runs without a display. */
    private static final String CHROME_FLAGS = "--headless --no-sandbox --disable-gpu --disable-background-networking"
            + " --disable-component-update --disable-sync --no-first-run";
    private static final long RUN_TIMEOUT_SECONDS = 240;

    /** One page's scores (0–100) and metrics (ms) under one preset. */
    record Score(String page, String preset, double performance, double accessibility, double fcpMs, double lcpMs, double tbtMs) {
    }

    private final Path cli;
    private final Path node;
    private final String chromium;
    private final Path reports;

    private Lighthouse(Path cli, Path node, String chromium, Path reports) {
        this.cli = cli;
        this.node = node;
        this.chromium = chromium;
        this.reports = reports;
    }

    /** Lighthouse from the tools folder, installed there first when missing; fails with what went wrong. */
    static Lighthouse prepare(Path tools, Path node, String chromium, Path reports) throws IOException, InterruptedException {
        Path cli = tools.resolve("node_modules/lighthouse/cli/index.js");
        if (!Files.isRegularFile(node)) {
            throw new IllegalStateException("no Node at " + node + " (the build installs Node 24 into .tools/node24)");
        }
        if (!Files.isRegularFile(cli)) {
            Files.createDirectories(tools);
            Path log = tools.resolve("npm-install.log");
            System.out.println("  installing Lighthouse into " + tools + " (npm install lighthouse) …");
            int exit = run(List.of(node.resolveSibling("npm").toString(), "install", "--prefix", tools.toString(),
                    "--no-audit", "--no-fund", "lighthouse"), node, null, log);
            if (exit != 0 || !Files.isRegularFile(cli)) {
                throw new IllegalStateException("npm install lighthouse exited with " + exit + ": see " + log);
            }
        }
        Files.createDirectories(reports);
        return new Lighthouse(cli, node, chromium, reports);
    }

    /** Runs Lighthouse once; preset "desktop" or "mobile" (Lighthouse's default). */
    Score run(MapPage page, String preset) throws IOException, InterruptedException {
        Path report = reports.resolve(page.name() + "-" + preset + ".json");
        Path log = reports.resolve(page.name() + "-" + preset + ".log");
        Files.deleteIfExists(report);
        List<String> command = new ArrayList<>(List.of(node.toString(), cli.toString(), page.url(),
                "--output=json", "--output-path=" + report, "--quiet",
                "--only-categories=performance,accessibility", "--chrome-flags=" + CHROME_FLAGS));
        if ("desktop".equals(preset)) {
            command.add("--preset=desktop");
        }
        int exit = run(command, node, chromium, log);
        if (exit != 0 || !Files.isRegularFile(report)) {
            throw new IllegalStateException("lighthouse exited with " + exit + " for " + page.url() + ": see " + log);
        }
        JsonNode json = JsonMapper.builder().build().readTree(report.toFile());
        return new Score(page.name(), preset,
                score(json, "performance"), score(json, "accessibility"),
                metric(json, "first-contentful-paint"), metric(json, "largest-contentful-paint"), metric(json, "total-blocking-time"));
    }

    private static double score(JsonNode json, String category) {
        JsonNode score = json.path("categories").path(category).path("score");
        return score.isNumber() ? Math.round(score.doubleValue() * 100) : Double.NaN;
    }

    private static double metric(JsonNode json, String audit) {
        JsonNode value = json.path("audits").path(audit).path("numericValue");
        return value.isNumber() ? value.doubleValue() : Double.NaN;
    }

    /** Runs a Node program with Node's folder first on the PATH (npm's script needs it), output to a log. */
    private static int run(List<String> command, Path node, String chromium, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PATH", node.getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
        if (chromium != null) {
            builder.environment().put("CHROME_PATH", chromium);
        }
        Process process = builder.start();
        if (!process.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            return -1;
        }
        return process.exitValue();
    }
}
