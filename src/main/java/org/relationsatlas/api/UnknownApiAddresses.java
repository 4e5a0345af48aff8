package org.relationsatlas.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any address under /api/ that no controller serves: a JSON 404 that names it. Without this, the app's
 * HTML shell answered mistyped API addresses with a 200, because every other path goes to Vaadin.
 */
@RestController
class UnknownApiAddresses {

    // GET and HEAD only: another method on a real address stays a 405 that names the allowed ones.
    @RequestMapping(value = "/api/**", method = {RequestMethod.GET, RequestMethod.HEAD})
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("no such API address: " + request.getRequestURI()
                + " (see the README's HTTP API section)");
    }
}
