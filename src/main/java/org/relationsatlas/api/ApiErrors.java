package org.relationsatlas.api;

import java.util.Map;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Turns API errors into JSON: {"status": 400, "error": "…"}. */
@RestControllerAdvice(basePackages = "org.relationsatlas")
public class ApiErrors {

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, Object>> badRequest(BadRequestException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<Map<String, Object>> payloadTooLarge(PayloadTooLargeException e) {
        return error(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    /**
     * A body sent as multipart/form-data that cannot be parsed (no boundary, cut short). Multipart
     * bodies are parsed only when a controller reads a parameter (spring.servlet.multipart.resolve-lazily),
     * so the error arises here, in a controller of ours, not before any controller is chosen.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> malformedMultipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            return error(HttpStatus.CONTENT_TOO_LARGE, "the request body is too large");
        }
        return error(HttpStatus.BAD_REQUEST, "the request body is not valid multipart/form-data");
    }

    /**
     * A parameter the servlet container could not decode (a broken %-escape, bytes that are not
     * UTF-8): the caller's mistake, not an error of ours to log with a stack trace.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Map<String, Object>> undecodable(InvalidParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "the query is malformed: a parameter could not be read (a broken"
                + " %-escape or bytes that are not UTF-8)");
    }

    /** No body, or one that cannot be read at all (a lesson file's own problems are listed by LessonController). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "the request has no body that can be read: send the lesson file as"
                + " application/json");
    }

    /** Any Accept the API cannot meet: it says so in JSON, the one format it has (the type is set, so it is sent). */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return error(HttpStatus.NOT_ACCEPTABLE, "the API answers in JSON only: accept application/json");
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", message));
    }
}
