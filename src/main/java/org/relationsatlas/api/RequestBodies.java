package org.relationsatlas.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads a request body up to a limit, so a huge body is refused (413) instead of being read into
 * memory whole: neither Spring nor Tomcat limits a JSON body.
 */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body's bytes (a lesson file is read as strict UTF-8 by its reader, which names a bad byte);
     * 413 past maxBytes, 400 when empty.
     */
    public static byte[] bytes(HttpServletRequest request, int maxBytes) throws IOException {
        String tooLarge = "the request body is larger than " + maxBytes / 1000 + " KB";
        if (request.getContentLengthLong() > maxBytes) {
            throw new PayloadTooLargeException(tooLarge);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(maxBytes + 1);
        }
        if (body.length > maxBytes) {
            throw new PayloadTooLargeException(tooLarge);
        }
        if (body.length == 0) {
            throw new BadRequestException("the request has no body that can be read: send the lesson file as application/json");
        }
        return body;
    }
}
