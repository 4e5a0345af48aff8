package org.relationsatlas.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relationsatlas.AtlasHttpClient;
import org.relationsatlas.AtlasTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The malformed-request corpus (src/test/resources/malformed/): each request gets its expected status
 * and a message that says what was wrong, never a 500, a stack trace (in the answer or the log), a
 * redirect to the log-in page or markup reflected as HTML; and afterwards the database and data/ are
 * byte for byte what they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {AtlasTestDatabase.SHARED, AtlasTestDatabase.EDITORS})
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestCorpusTest {

    /** What only a stack trace or an unhandled error prints. */
    private static final List<String> TRACES = List.of("\tat ", "Exception", "Whitelabel", "Caused by");
    /** A stack trace or an error in the log. */
    private static final List<String> LOGGED_FAILURES = List.of("\tat ", " ERROR ");
    /** The corpus's script strings: reflected, they must be data in a JSON answer, never HTML. */
    private static final List<String> MARKUP = List.of("<script", "<img", "<svg", "javascript:", "onerror=");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${atlas.dataset.dir}")
    Path dataset;

    @TestFactory
    Stream<DynamicTest> everyMalformedRequestIsRefusedClearlyAndChangesNothing(CapturedOutput log) throws Exception {
        List<MalformedCase> cases = MalformedCase.in("requests.tsv");
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        List<String> databaseBefore = database();
        SortedMap<String, String> dataBefore = dataFiles();
        // The editor's cases carry the session and its CSRF token, as the editor's own page or script would.
        AtlasHttpClient editor = AtlasHttpClient.editor(port);
        List<String> editorHeaders = List.of("Cookie: " + editor.cookieHeader(), "X-CSRF-TOKEN: " + editor.csrfToken());
        List<DynamicTest> tests = new ArrayList<>();
        for (MalformedCase request : cases) {
            tests.add(DynamicTest.dynamicTest(request.toString(), () -> check(request, editorHeaders, log)));
        }
        tests.add(DynamicTest.dynamicTest("the database is byte-identical afterwards",
                () -> assertThat(changes(databaseBefore, database())).isEmpty()));
        tests.add(DynamicTest.dynamicTest("data/ is byte-identical afterwards",
                () -> assertThat(dataFiles()).isEqualTo(dataBefore)));
        return tests.stream();
    }

    private void check(MalformedCase request, List<String> editorHeaders, CapturedOutput log) throws IOException {
        List<String> headers = new ArrayList<>(request.headers());
        if (request.editor()) {
            headers.addAll(editorHeaders);
        }
        int logBefore = log.getOut().length();
        RawHttp.Answer answer = RawHttp.send(port, request.method(), request.target(), headers, request.body());
        answer.assertAnswers(request, TRACES);
        String text = answer.text();
        String shown = answer.shownAfter(request);
        assertThat(answer.header("Location").orElse("")).as(shown).doesNotContain("login");
        String contentType = answer.header("Content-Type").orElse("");
        if (request.isApi() && answer.status() >= 400 && !request.method().equals("HEAD") && !request.isNotHttp()) {
            assertThat(contentType).as(shown).startsWith("application/json");
            assertThat(text).as(shown).contains("\"error\"");
        }
        if (MARKUP.stream().anyMatch(text.toLowerCase()::contains)) {
            assertThat(contentType).as("markup is reflected only as JSON data: " + shown).startsWith("application/json");
            assertThat(answer.header("X-Content-Type-Options")).as(shown).contains("nosniff");
        }
        String logged = log.getOut().substring(Math.min(logBefore, log.getOut().length()));
        assertThat(LOGGED_FAILURES).as("the log while answering: " + logged).noneMatch(logged::contains);
    }

    /** Everything in the database, as H2 writes it out: schema and every row, in a fixed order. */
    private List<String> database() {
        return jdbc.queryForList("SCRIPT", String.class);
    }

    /** The lines only one of the two dumps has, marked - (before) and + (after). */
    private static List<String> changes(List<String> before, List<String> after) {
        List<String> changes = new ArrayList<>();
        before.stream().filter(line -> !after.contains(line)).forEach(line -> changes.add("- " + line));
        after.stream().filter(line -> !before.contains(line)).forEach(line -> changes.add("+ " + line));
        if (changes.isEmpty() && !before.equals(after)) {
            changes.add("the same lines in another order");
        }
        return changes;
    }

    /** Every file under data/ by its path, with its SHA-256. */
    private SortedMap<String, String> dataFiles() throws IOException {
        SortedMap<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dataset)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(dataset.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        assertThat(files).isNotEmpty();
        return files;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
