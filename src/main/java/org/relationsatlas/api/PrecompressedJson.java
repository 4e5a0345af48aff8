package org.relationsatlas.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A JSON answer serialised and gzipped once, with a strong ETag (a hash of the JSON): served as
 * gzip to clients that accept it and as plain JSON to the others. The two encodings are two
 * representations, so they carry two ETags: the gzip one ends in "-gzip".
 */
public final class PrecompressedJson {

    private final byte[] plain;
    private final byte[] gzip;
    private final String etag;

    private PrecompressedJson(byte[] plain) {
        this.plain = plain;
        this.gzip = gzip(plain);
        this.etag = "\"" + sha256(plain) + "\"";
    }

    public static PrecompressedJson of(byte[] plain) {
        return new PrecompressedJson(plain.clone());
    }

    /** The ETag of the plain JSON representation. */
    public String etag() {
        return etag;
    }

    /** The ETag of the gzip representation. */
    public String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    /** The bytes this answer keeps in memory. */
    public long size() {
        return plain.length + gzip.length;
    }

    /**
     * The answer for a request with this Accept-Encoding header (null when absent). Spring answers
     * 304 itself when If-None-Match names the ETag, and Tomcat's compression leaves a body that
     * already has a Content-Encoding alone.
     */
    public ResponseEntity<byte[]> answer(String acceptEncoding, CacheControl cacheControl) {
        return answer(acceptEncoding, cacheControl, MediaType.APPLICATION_JSON);
    }

    /** The answer as {@link #answer(String, CacheControl)}, with a JSON type of its own (GeoJSON's). */
    public ResponseEntity<byte[]> answer(String acceptEncoding, CacheControl cacheControl, MediaType type) {
        boolean gzipped = acceptsGzip(acceptEncoding);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(type)
                .cacheControl(cacheControl)
                .varyBy(HttpHeaders.ACCEPT_ENCODING)
                .eTag(gzipped ? gzipEtag() : etag);
        if (gzipped) {
            answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return answer.body(gzipped ? gzip : plain);
    }

    /** Whether an Accept-Encoding header allows gzip: named (or "*") with a quality above 0 (RFC 9110, 12.5.3). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean wildcard = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            boolean allowed = quality(parts) > 0;
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return allowed;
            }
            if (name.equals("*")) {
                wildcard = allowed;
            }
        }
        return Boolean.TRUE.equals(wildcard);
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            // 128 of the 256 bits: plenty to tell two answers apart, and a shorter header.
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
