package org.relationsatlas.bench;

/** Bytes an opening transferred, by kind, as sent (after compression; 0 for what came from the cache). */
final class Transfer {

    long js;
    long css;
    long data;
    long other;
    int requests;

    void add(String type, long bytes, String url) {
        requests++;
        long size = Math.max(bytes, 0);
        if ("script".equals(type)) {
            js += size;
        } else if ("stylesheet".equals(type)) {
            css += size;
        } else if ("fetch".equals(type) || "xhr".equals(type) || url.contains(".json") || url.contains(".geojson")) {
            data += size;
        } else {
            other += size;
        }
    }

    long total() {
        return js + css + data + other;
    }
}
