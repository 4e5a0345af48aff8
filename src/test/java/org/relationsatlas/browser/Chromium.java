package org.relationsatlas.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright. Playwright cannot download its own browsers on these
 * machines, so it launches the system one (-Dchromium.path, default /usr/bin/chromium).
 */
public final class Chromium {

    /** Without these flags Chromium keeps calling home, which this closed network refuses. */
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Chromium() {
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright, String executable) {
        Path path = Path.of(executable);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("Chromium not found at " + path
                    + ": install Debian's chromium package or pass -Dchromium.path=...");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(path).setHeadless(true).setArgs(ARGS));
    }

    public static String executableFromSystemProperty() {
        return System.getProperty("chromium.path", "/usr/bin/chromium");
    }
}
