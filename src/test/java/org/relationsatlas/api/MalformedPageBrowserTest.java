package org.relationsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relationsatlas.AtlasTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The corpus's pages (src/test/resources/malformed/pages.tsv): pages with bad parameters open with
 * their status (the atlas with a notice, or the error page's 404), never a 500, a stack trace, the
 * log-in page or the request's markup as elements or scripts of the page. Run with the browser tests: pages need the built frontend.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {AtlasTestDatabase.SHARED, AtlasTestDatabase.EDITORS})
@ExtendWith(OutputCaptureExtension.class)
class MalformedPageBrowserTest {

    private static final List<String> TRACES = List.of("\tat ", "Exception", "Whitelabel", "Could not navigate");

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyPageWithBadParametersOpensWithItsStatus(CapturedOutput log) {
        List<MalformedCase> cases = MalformedCase.in("pages.tsv");
        return cases.stream().map(request -> DynamicTest.dynamicTest(request.toString(), () -> check(request, log)));
    }

    private void check(MalformedCase request, CapturedOutput log) throws IOException {
        int logBefore = log.getOut().length();
        RawHttp.Answer answer = RawHttp.send(port, request.method(), request.target(), request.headers(), request.body());
        answer.assertAnswers(request, TRACES);
        String text = answer.text();
        String shown = answer.shownAfter(request);
        // Parsed as a browser parses it: the request's markup made no element and no script of its own.
        Document page = Jsoup.parse(text);
        assertThat(page.select("img[onerror], svg[onload], [onmouseover]")).as(shown).isEmpty();
        assertThat(page.select("script")).as(shown).noneMatch(script -> script.data().contains("alert(1)")
                && !script.data().startsWith("window.Vaadin"));
        assertThat(answer.header("Location").orElse("")).as(shown).doesNotContain("login");
        String logged = log.getOut().substring(Math.min(logBefore, log.getOut().length()));
        assertThat(List.of("\tat ", " ERROR ")).as("the log while answering: " + logged).noneMatch(logged::contains);
    }
}
