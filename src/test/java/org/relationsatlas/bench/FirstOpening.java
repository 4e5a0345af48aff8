package org.relationsatlas.bench;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;

/**
 * What the first cold opening of a page cost: transfer, requests, Vaadin's bootstrap and first round
 * trip (decoded bytes, -1 for a page without Vaadin), the DOM.
 */
record FirstOpening(Transfer transfer, int requests, List<Map.Entry<String, Integer>> repeated, Map<String, Integer> repeatedFromServiceWorker,
        long initBytes, long firstUidlBytes, int domNodes, int domNodesWithShadow) {

    /** Elements in the document (as getElementsByTagName('*') counts them), then with those in shadow roots. */
    private static final String COUNT_NODES = "() => {"
            + " const deep = root => [...root.querySelectorAll('*')]"
            + "   .reduce((n, element) => n + 1 + (element.shadowRoot ? deep(element.shadowRoot) : 0), 0);"
            + " return [document.getElementsByTagName('*').length, deep(document)]; }";

    static FirstOpening of(OpeningProbe probe, Page page) {
        List<?> nodes = (List<?>) page.evaluate(COUNT_NODES);
        Map<String, Integer> fromServiceWorker = new java.util.LinkedHashMap<>();
        probe.repeated().forEach(url -> fromServiceWorker.put(url.getKey(), probe.answeredByServiceWorker(url.getKey())));
        return new FirstOpening(probe.transfer(), probe.requests(), probe.repeated(), fromServiceWorker,
                probe.initBytes(), probe.firstUidlBytes(),
                ((Number) nodes.get(0)).intValue(), ((Number) nodes.get(1)).intValue());
    }
}
