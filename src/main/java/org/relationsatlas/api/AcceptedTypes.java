package org.relationsatlas.api;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * Whether a request's Accept header takes an answer's type. A kept answer ({@link PrecompressedJson}) is
 * bytes with their own Content-Type, which Spring would otherwise send whatever the Accept header says.
 */
@Component
public class AcceptedTypes {

    private final ContentNegotiationManager negotiation;

    public AcceptedTypes(ContentNegotiationManager negotiation) {
        this.negotiation = negotiation;
    }

    /** A 406 unless the client takes this type. */
    public void require(NativeWebRequest request, MediaType type) throws HttpMediaTypeNotAcceptableException {
        List<MediaType> acceptable = negotiation.resolveMediaTypes(request);
        if (acceptable.stream().noneMatch(accepted -> accepted.isCompatibleWith(type))) {
            throw new HttpMediaTypeNotAcceptableException(List.of(type));
        }
    }
}
