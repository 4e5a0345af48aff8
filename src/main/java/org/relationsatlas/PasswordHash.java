package org.relationsatlas;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code java -jar relations-atlas.jar hash-password}: reads a password from standard input and prints
 * it hashed ({bcrypt}…), for an editor account in ATLAS_EDITORS. The password itself is stored nowhere.
 */
final class PasswordHash {

    static final String COMMAND = "hash-password";

    private PasswordHash() {
    }

    static void run() {
        char[] typed = System.console() != null ? System.console().readPassword("Password: ") : readLine();
        if (typed == null || typed.length < 10) {
            System.err.println("Give a password of at least 10 characters.");
            System.exit(2);
        }
        System.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(new String(typed)));
    }

    private static char[] readLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
