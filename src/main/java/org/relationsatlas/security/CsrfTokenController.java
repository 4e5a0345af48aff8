package org.relationsatlas.security;

import java.util.Map;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/csrf: the session's CSRF token for an API client, which sends it back in the named header
 * (or form field, for the log-in POST). The token changes at log-in: ask again after logging in. Another
 * site's page cannot read this answer (no CORS), so it cannot learn the token.
 */
@RestController
class CsrfTokenController {

    static final String ADDRESS = "/api/csrf";

    @GetMapping(ADDRESS)
    Map<String, String> token(CsrfToken token) {
        return Map.of("header", token.getHeaderName(), "parameter", token.getParameterName(), "token", token.getToken());
    }
}
