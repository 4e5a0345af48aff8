package org.relationsatlas.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the malformed-request corpus (src/test/resources/malformed/*.tsv): what is sent,
 * by whom, and the status and message fragment expected back. See the README in that folder for the
 * columns and the notation ({@code {{unit*count}}}, {@code \xNN}).
 */
record MalformedCase(String name, String method, byte[] target, boolean editor, List<String> headers, byte[] body,
        int status, String message) {

    private static final String FOLDER = "/malformed/";
    private static final Pattern REPEAT = Pattern.compile("\\{\\{(.+?)\\*(\\d+)}}");
    private static final Pattern BYTE = Pattern.compile("\\\\x([0-9a-fA-F]{2})");

    /** The cases of a table in src/test/resources/malformed/. */
    static List<MalformedCase> in(String tableName) {
        List<MalformedCase> cases = new ArrayList<>();
        String table = new String(resource(tableName), StandardCharsets.UTF_8);
        int lineNumber = 0;
        for (String line : table.split("\n")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 8) {
                throw new IllegalStateException(tableName + " line " + lineNumber + " has " + columns.length
                        + " columns, not 8: " + line);
            }
            cases.add(new MalformedCase(columns[0], columns[1], bytes(text(columns[2])),
                    switch (columns[3]) {
                        case "editor" -> true;
                        case "anyone" -> false;
                        default -> throw new IllegalStateException(tableName + " line " + lineNumber + ": who is '" + columns[3] + "'?");
                    },
                    columns[4].equals("-") ? List.of() : Arrays.stream(columns[4].split("\\|")).map(String::strip).toList(),
                    body(columns[5]), Integer.parseInt(columns[6]), columns[7].equals("-") ? "" : columns[7]));
        }
        return cases;
    }

    /** The target as text (raw bytes shown as Latin-1), for test names and messages. */
    String targetText() {
        String text = new String(target, StandardCharsets.ISO_8859_1);
        return text.length() > 120 ? text.substring(0, 120) + "… (" + text.length() + " characters)" : text;
    }

    /**
     * A request line that is not HTTP (a raw byte, a character RFC 3986 does not allow, over 8 KB):
     * Tomcat refuses it with its own plain 400 before any address is read, so the app cannot answer.
     */
    boolean isNotHttp() {
        return name.startsWith("request line:");
    }

    boolean isApi() {
        return targetText().startsWith("/api/");
    }

    /** "-" (none), "text:…" (inline, with the notation) or "file:name" (a file in malformed/lessons/, with the notation). */
    private static byte[] body(String column) {
        if (column.equals("-")) {
            return null;
        }
        if (column.startsWith("text:")) {
            return bytes(text(column.substring("text:".length())));
        }
        if (column.startsWith("file:")) {
            return bytes(expand(new String(resource("lessons/" + column.substring("file:".length())),
                    StandardCharsets.ISO_8859_1)));
        }
        throw new IllegalStateException("a body is -, text:… or file:…, not " + column);
    }

    /** Inline text: UTF-8 as written in the table, seen byte by byte, with the notation expanded. */
    private static String text(String column) {
        return expand(new String(column.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                .replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r"));
    }

    /** {{unit*count}} repeats the unit; \xNN is the byte NN. Works on bytes seen as Latin-1 characters. */
    private static String expand(String text) {
        Matcher repeat = REPEAT.matcher(text);
        StringBuilder repeated = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(repeated, Matcher.quoteReplacement(repeat.group(1).repeat(Integer.parseInt(repeat.group(2)))));
        }
        repeat.appendTail(repeated);
        Matcher escape = BYTE.matcher(repeated);
        StringBuilder result = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(result, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(result);
        return result.toString();
    }

    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] resource(String name) {
        try (InputStream in = MalformedCase.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name + ": " + method + " " + targetText();
    }
}
