package org.relationsatlas.api;

/** A request body larger than its address takes: answered with 413 and the message. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String message) {
        super(message);
    }
}
