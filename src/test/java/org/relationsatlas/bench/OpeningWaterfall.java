package org.relationsatlas.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.relationsatlas.browser.AtlasPage;
import org.relationsatlas.browser.Chromium;

/**
 * One cold opening of the atlas, request by request: when each started (ms after navigation), its
 * type, its size as sent, and which addresses were fetched more than once. A diagnostic beside
 * {@link AtlasBenchmark}: {@code mvn -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.relationsatlas.bench.OpeningWaterfall -Dexec.args="http://localhost:8080 /usr/bin/chromium ?lang=en"}.
 */
public final class OpeningWaterfall {

    private OpeningWaterfall() {
    }

    private record Request(double startMs, String type, long bytes, String url) {
    }

    public static void main(String[] args) {
        String baseUrl = args.length > 0 ? args[0] : "http://localhost:8080";
        String chromium = args.length > 1 ? args[1] : Chromium.executableFromSystemProperty();
        String query = args.length > 2 ? args[2] : "";
        List<Request> requests = new ArrayList<>();
        try (Playwright playwright = Chromium.playwright()) {
            Browser browser = Chromium.launch(playwright, chromium);
            try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900))) {
                Page page = context.newPage();
                // Counts how often each of our elements is connected and disconnected while the page opens.
                page.addInitScript("(() => { window.atlasConnects = []; const define = customElements.define.bind(customElements);"
                        + " customElements.define = (name, type, options) => { if (name.startsWith('atlas-')) {"
                        + " const c = type.prototype.connectedCallback, d = type.prototype.disconnectedCallback;"
                        + " type.prototype.connectedCallback = function () { window.atlasConnects.push('+' + name + ' ' + (this.parentElement?.className ?? '')); return c?.call(this); };"
                        + " type.prototype.disconnectedCallback = function () { window.atlasConnects.push('-' + name); return d?.call(this); }; }"
                        + " return define(name, type, options); }; })()");
                long start = System.nanoTime();
                page.onRequestFinished(request -> {
                    synchronized (requests) {
                        requests.add(new Request(request.timing().startTime > 0 ? 0 : 0, request.resourceType(),
                                request.sizes().responseBodySize, request.url()));
                    }
                });
                page.onRequest(request -> System.out.printf(Locale.ROOT, "%7.0f ms  start  %-10s %s%n",
                        (System.nanoTime() - start) / 1e6, request.resourceType(), shorten(request.url(), baseUrl)));
                new AtlasPage(page, baseUrl).open(query.startsWith("?") ? query.substring(1) : query);
                System.out.printf(Locale.ROOT, "%7.0f ms  map ready%n", (System.nanoTime() - start) / 1e6);
                Object nodes = page.evaluate("() => document.getElementsByTagName('*').length");
                System.out.println("DOM elements on opening: " + nodes);
                System.out.println("connected/disconnected: " + page.evaluate("() => window.atlasConnects"));
            }
            browser.close();
        }
        Map<String, Integer> times = new LinkedHashMap<>();
        long total = 0;
        for (Request request : requests) {
            times.merge(request.url().replaceAll("\\?v-r=.*", ""), 1, Integer::sum);
            total += Math.max(0, request.bytes());
            System.out.printf(Locale.ROOT, "%8d B  %-10s %s%n", request.bytes(), request.type(), shorten(request.url(), baseUrl));
        }
        System.out.printf(Locale.ROOT, "%d requests, %d bytes as sent%n", requests.size(), total);
        times.forEach((url, count) -> {
            if (count > 1) {
                System.out.println("fetched " + count + " times: " + shorten(url, baseUrl));
            }
        });
    }

    private static String shorten(String url, String baseUrl) {
        String path = url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
        return path.length() > 110 ? path.substring(0, 110) + "…" : path;
    }
}
