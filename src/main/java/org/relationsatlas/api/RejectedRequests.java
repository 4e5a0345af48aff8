package org.relationsatlas.api;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before the app sees them (a broken %-escape or an encoded slash in the
 * path, a NUL, a character not allowed in an address, an address longer than the header limit):
 * under /api/ they are answered 400 with the API's JSON error instead of Tomcat's HTML page.
 */
@Component
class RejectedRequests implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    static final String MESSAGE = "the address could not be read: a broken %-escape, an encoded slash, backslash"
            + " or NUL, a character not allowed in an address, or an address longer than 8 KB";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Added after Spring Boot's own error report valve, so this one, nearer the request, answers first.
        factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new ApiValve()));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Tomcat's error report for a refused API request: the JSON error; other answers are left as they are. */
    static final class ApiValve extends ErrorReportValve {

        ApiValve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            String path = request.getCoyoteRequest().requestURI().toString();
            if (response.getStatus() != 400 || response.getContentWritten() > 0 || path == null
                    || !path.startsWith("/api/") || !response.setErrorReported()) {
                return;
            }
            try {
                response.resetBuffer();
                JsonErrorResponses.write(response, 400, MESSAGE);
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the answer was committed meanwhile: nothing more to say.
            }
        }
    }
}
