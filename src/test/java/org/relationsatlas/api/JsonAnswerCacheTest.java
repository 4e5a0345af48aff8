package org.relationsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class JsonAnswerCacheTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final AtomicInteger built = new AtomicInteger();

    private List<String> body(String word) {
        built.incrementAndGet();
        return List.of(word, word);
    }

    @Test
    void anAnswerIsBuiltOncePerKeyAndServedFromMemoryAfterwards() {
        JsonAnswerCache cache = new JsonAnswerCache(json);
        PrecompressedJson first = cache.answer("a", () -> body("alpha"));
        PrecompressedJson again = cache.answer("a", () -> body("changed"));
        assertThat(again).isSameAs(first);
        assertThat(new String(again.answer(null, org.springframework.http.CacheControl.empty()).getBody(),
                StandardCharsets.UTF_8)).isEqualTo("[\"alpha\",\"alpha\"]");
        assertThat(built).hasValue(1);
        cache.answer("b", () -> body("beta"));
        assertThat(built).hasValue(2);
    }

    @Test
    void whenTheServedDataChangesEveryAnswerIsBuiltAgain() {
        JsonAnswerCache cache = new JsonAnswerCache(json);
        String before = cache.answer("a", () -> body("alpha")).etag();
        cache.forgetAll();
        assertThat(cache.size()).isZero();
        String after = cache.answer("a", () -> body("reloaded")).etag();
        assertThat(built).hasValue(2);
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void theLeastRecentlyUsedAnswersGoFirstOnceTheBytesAreOverTheLimit() {
        long one = PrecompressedJson.of(json.writeValueAsBytes(List.of("x0", "x0"))).size();
        JsonAnswerCache cache = new JsonAnswerCache(json, 3 * one + one / 2);
        cache.answer("x0", () -> body("x0"));
        cache.answer("x1", () -> body("x1"));
        cache.answer("x2", () -> body("x2"));
        cache.answer("x0", () -> body("x0"));
        cache.answer("x3", () -> body("x3"));
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.bytes()).isLessThanOrEqualTo(3 * one + one / 2);
        built.set(0);
        cache.answer("x0", () -> body("x0"));
        cache.answer("x2", () -> body("x2"));
        cache.answer("x3", () -> body("x3"));
        assertThat(built).as("x0, x2 and x3 kept").hasValue(0);
        cache.answer("x1", () -> body("x1"));
        assertThat(built).as("x1, used least recently, was dropped").hasValue(1);
    }

    @Test
    void anAnswerBiggerThanTheWholeCacheIsServedButNotKept() {
        JsonAnswerCache cache = new JsonAnswerCache(json, 10);
        assertThat(cache.answer("big", () -> body("a long enough word")).etag()).isNotBlank();
        assertThat(cache.size()).isZero();
    }

    @Test
    void anAnswerBuiltWhileTheDataChangedIsNotKept() {
        JsonAnswerCache cache = new JsonAnswerCache(json);
        cache.answer("a", () -> {
            cache.forgetAll();
            return body("read before the change");
        });
        assertThat(cache.size()).isZero();
    }
}
