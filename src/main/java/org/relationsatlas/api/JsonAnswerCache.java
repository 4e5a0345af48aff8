package org.relationsatlas.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON answers kept serialised and gzipped ({@link PrecompressedJson}) by the normalised request
 * they answer, until the served data changes. Bounded by the bytes it holds, the least recently used
 * answer going first: the distinct requests (years × layers × region) are far too many to keep all.
 */
@Component
public class JsonAnswerCache {

    /**
     * How the map's data files (layers, regions, the base map's changes, trade) may be kept: by the browser,
     * but asked for again on each opening, with the ETag, so an unchanged file is a 304 without a body and
     * a reloaded dataset shows at once.
     */
    public static final CacheControl REVALIDATED = CacheControl.noCache();

    /** About forty whole-period event lists (350 KB plain + 100 KB gzip each), or thousands of short ranges. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private final JsonMapper json;
    private final long maxBytes;
    private Generation current = new Generation();

    @Autowired
    public JsonAnswerCache(JsonMapper json) {
        this(json, MAX_BYTES);
    }

    JsonAnswerCache(JsonMapper json, long maxBytes) {
        this.json = json;
        this.maxBytes = maxBytes;
    }

    /**
     * The answer kept for this key, or the body serialised the way Spring MVC would (the same
     * JsonMapper) and kept. The body is built outside the lock; two requests that miss at once
     * both build it, which is cheaper than making one wait.
     */
    public PrecompressedJson answer(Object key, Supplier<?> body) {
        Generation generation;
        synchronized (this) {
            generation = current;
            PrecompressedJson kept = generation.answers.get(key);
            if (kept != null) {
                return kept;
            }
        }
        PrecompressedJson built = PrecompressedJson.of(json.writeValueAsBytes(body.get()));
        synchronized (this) {
            // Kept only if the data did not change meanwhile: the body may have been read before the change.
            if (generation == current) {
                generation.keep(key, built, maxBytes);
            }
        }
        return built;
    }

    @EventListener(ServedDataChanged.class)
    public synchronized void forgetAll() {
        current = new Generation();
    }

    synchronized int size() {
        return current.answers.size();
    }

    synchronized long bytes() {
        return current.bytes;
    }

    /** The answers built from one state of the data. */
    private static final class Generation {

        private final LinkedHashMap<Object, PrecompressedJson> answers = new LinkedHashMap<>(64, 0.75f, true);
        private long bytes;

        void keep(Object key, PrecompressedJson answer, long maxBytes) {
            if (answer.size() > maxBytes) {
                return;
            }
            PrecompressedJson replaced = answers.put(key, answer);
            bytes += answer.size() - (replaced == null ? 0 : replaced.size());
            Iterator<Map.Entry<Object, PrecompressedJson>> eldest = answers.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().size();
                eldest.remove();
            }
        }
    }
}
