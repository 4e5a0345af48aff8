package org.relationsatlas.bench;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * Watches one cold opening of a page: the bytes transferred by kind, how often each address was
 * requested, and the first Vaadin server response (the initial UIDL), whose decoded size counts.
 */
final class OpeningProbe {

    private final Map<String, Integer> requestsByUrl = new LinkedHashMap<>();
    private final Transfer transfer = new Transfer();
    private Response firstServerResponse;
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
            }
        });
        page.onResponse(response -> {
            if (recording && firstServerResponse == null && isVaadinRoundTrip(response.url())) {
                firstServerResponse = response;
            }
        });
    }

    /** Vaadin's initial request (v-r=init) and its round trips (v-r=uidl). */
    private static boolean isVaadinRoundTrip(String url) {
        return url.contains("v-r=init") || url.contains("v-r=uidl");
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

    /** The decoded body size of the first server response, in bytes; -1 when there was none (a static page). */
    long firstServerResponseBytes() {
        return firstServerResponse == null ? -1 : firstServerResponse.body().length;
    }

    /** Which request the first server response answered, e.g. "v-r=init". */
    String firstServerResponseKind() {
        if (firstServerResponse == null) {
            return "none";
        }
        return firstServerResponse.url().contains("v-r=init") ? "v-r=init" : "v-r=uidl";
    }
}
