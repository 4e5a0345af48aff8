package org.relationsatlas.api;

/** A request the API cannot answer as asked: answered with 400 and the message. */
public class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
