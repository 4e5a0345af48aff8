package org.relationsatlas.trade;

import org.relationsatlas.api.AcceptedTypes;
import org.relationsatlas.api.JsonAnswerCache;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * GET /api/trade: yearly China–Russia trade in US$ billions, each year with its source. Kept serialised and
 * gzipped with an ETag until the dataset is reloaded ({@link JsonAnswerCache}), revalidated on each opening.
 */
@RestController
public class TradeController {

    private final TradeRepository trade;
    private final JsonAnswerCache answers;
    private final AcceptedTypes accepted;

    public TradeController(TradeRepository trade, JsonAnswerCache answers, AcceptedTypes accepted) {
        this.trade = trade;
        this.answers = answers;
        this.accepted = accepted;
    }

    @GetMapping("/api/trade")
    public ResponseEntity<byte[]> trade(
            @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding,
            NativeWebRequest request) throws HttpMediaTypeNotAcceptableException {
        accepted.require(request, MediaType.APPLICATION_JSON);
        return answers.answer(TradeController.class, trade::findAll).answer(acceptEncoding, JsonAnswerCache.REVALIDATED);
    }
}
