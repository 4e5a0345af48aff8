package org.relationsatlas.api;

/** Something the request names does not exist: answered with 404 and the message. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
