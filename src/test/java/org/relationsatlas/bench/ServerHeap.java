package org.relationsatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The atlas server's heap after a full garbage collection, read with the JDK's jcmd from outside the
 * server: the app exposes nothing for the bench.
 */
final class ServerHeap {

    /** "garbage-first heap   total reserved 4096000K, committed 262144K, used 123456K [...]": the first "used". */
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** A row of jcmd GC.class_histogram: "   1:     123456     7890123  [B (java.base@25)". */
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    private final long pid;
    private final Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    ServerHeap(long pid) {
        this.pid = pid;
    }

    /** Runs a full GC in the server, then reads its heap in use, in KB. */
    long usedAfterGcKb() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("jcmd GC.heap_info said no 'used …K': " + info);
        }
        return Long.parseLong(used.group(1));
    }

    /** Bytes in use by class after a full GC (the histogram runs one): where the heap goes. */
    Map<String, Long> bytesByClass() throws IOException, InterruptedException {
        Map<String, Long> bytes = new HashMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(jcmd("GC.class_histogram"));
        while (row.find()) {
            bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return bytes;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }
}
