package org.relationsatlas.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Watches one cold opening of a page: the bytes transferred by kind, how often each address was
 * requested, and Vaadin's first responses: the bootstrap (v-r=init) and the first round trip
 * (v-r=uidl), which carries the opened view and whose decoded size the goal counts.
 */
final class OpeningProbe {

    private final Map<String, Integer> requestsByUrl = new LinkedHashMap<>();
    /** Of those, how many the page's service worker answered (it may have fetched them once for several). */
    private final Map<String, Integer> answeredByServiceWorker = new LinkedHashMap<>();
    private final Transfer transfer = new Transfer();
    private Response init;
    private Response firstUidl;
    private boolean recording = true;

    OpeningProbe(Page page) {
        page.onRequest(request -> {
            if (recording) {
                requestsByUrl.merge(request.url(), 1, Integer::sum);
            }
        });
        page.onRequestFinished(request -> {
            if (recording) {
                transfer.add(request.resourceType(), request.sizes().responseBodySize, request.url());
                Response response = request.response();
                if (response != null && response.fromServiceWorker()) {
                    answeredByServiceWorker.merge(request.url(), 1, Integer::sum);
                }
            }
        });
        page.onResponse(response -> {
            if (recording && init == null && response.url().contains("v-r=init")) {
                init = response;
            }
            if (recording && firstUidl == null && response.url().contains("v-r=uidl")) {
                firstUidl = response;
            }
        });
    }

    void stop() {
        recording = false;
    }

    Transfer transfer() {
        return transfer;
    }

    int requests() {
        return requestsByUrl.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Addresses requested more than once, most often first; Vaadin's round trips and heartbeats may repeat. */
    List<Map.Entry<String, Integer>> repeated() {
        return requestsByUrl.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .filter(entry -> !entry.getKey().contains("v-r=uidl") && !entry.getKey().contains("v-r=heartbeat"))
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .toList();
    }

    /** How many requests for this address the service worker answered. */
    int answeredByServiceWorker(String url) {
        return answeredByServiceWorker.getOrDefault(url, 0);
    }

    /** The decoded body size of Vaadin's bootstrap response (v-r=init), in bytes; -1 when none (a static page). */
    long initBytes() {
        return decodedSize(init);
    }

    /** The decoded body size of Vaadin's first round trip (v-r=uidl), in bytes; -1 when none. */
    long firstUidlBytes() {
        return decodedSize(firstUidl);
    }

    private static long decodedSize(Response response) {
        return response == null ? -1 : response.body().length;
    }
}
