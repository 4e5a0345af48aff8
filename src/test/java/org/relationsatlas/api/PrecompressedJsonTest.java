package org.relationsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relationsatlas.Gzip;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

class PrecompressedJsonTest {

    private static final byte[] JSON = "[{\"id\":\"treaty-1950\",\"title\":\"معاهدة\"}]".getBytes(StandardCharsets.UTF_8);

    @Test
    void theGzipFormUnpacksToExactlyThePlainBytes() throws Exception {
        PrecompressedJson answer = PrecompressedJson.of(JSON);
        ResponseEntity<byte[]> gzip = answer.answer("gzip, deflate, br", CacheControl.noCache());
        ResponseEntity<byte[]> plain = answer.answer(null, CacheControl.noCache());
        assertThat(plain.getBody()).isEqualTo(JSON);
        assertThat(Gzip.unzip(gzip.getBody())).isEqualTo(JSON);
        assertThat(gzip.getHeaders().getFirst("Content-Encoding")).isEqualTo("gzip");
        assertThat(plain.getHeaders().getFirst("Content-Encoding")).isNull();
    }

    @Test
    void bothFormsVaryByAcceptEncodingAndCarryTheirOwnStrongEtag() {
        PrecompressedJson answer = PrecompressedJson.of(JSON);
        ResponseEntity<byte[]> gzip = answer.answer("gzip", CacheControl.maxAge(5, TimeUnit.MINUTES));
        ResponseEntity<byte[]> plain = answer.answer("identity", CacheControl.maxAge(5, TimeUnit.MINUTES));
        assertThat(plain.getHeaders().getETag()).matches("\"[0-9a-f]{32}\"");
        assertThat(gzip.getHeaders().getETag()).isEqualTo(plain.getHeaders().getETag().replace("\"", "").transform(tag -> "\"" + tag + "-gzip\""));
        assertThat(gzip.getHeaders().getVary()).containsExactly("Accept-Encoding");
        assertThat(plain.getHeaders().getVary()).containsExactly("Accept-Encoding");
        assertThat(plain.getHeaders().getCacheControl()).isEqualTo("max-age=300");
        assertThat(plain.getHeaders().getContentType()).hasToString("application/json");
    }

    @Test
    void otherBytesHaveAnotherEtagAndTheSameBytesTheSame() {
        assertThat(PrecompressedJson.of(JSON).etag()).isEqualTo(PrecompressedJson.of(JSON.clone()).etag())
                .isNotEqualTo(PrecompressedJson.of("[]".getBytes(StandardCharsets.UTF_8)).etag());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "gzip | true",
        "GZIP | true",
        "deflate, gzip;q=0.5 | true",
        "x-gzip | true",
        "* | true",
        "br, *;q=0.1 | true",
        "null | false",
        "'' | false",
        "identity | false",
        "br, deflate | false",
        "gzip;q=0 | false",
        "gzip; q=0.0, * | false",
        "*;q=0 | false",
        "gzip;q=oops | false"})
    void gzipIsSentOnlyWhereAcceptEncodingAllowsIt(String header, boolean gzip) {
        assertThat(PrecompressedJson.acceptsGzip(header)).isEqualTo(gzip);
    }
}
