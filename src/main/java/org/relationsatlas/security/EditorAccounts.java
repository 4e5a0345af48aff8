package org.relationsatlas.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Editor accounts, configured outside the code: ATLAS_EDITORS (property atlas.editors) lists
 * {@code name:{bcrypt}hash} entries separated by commas; make a hash with {@code ./atlas hash-password}.
 * Plain-text passwords are refused, so a password never sits readable in the configuration.
 */
final class EditorAccounts {

    private EditorAccounts() {
    }

    static List<UserDetails> parse(String configured, String role) {
        List<UserDetails> accounts = new ArrayList<>();
        if (configured == null || configured.isBlank()) {
            return accounts;
        }
        for (String entry : configured.split(",")) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("atlas.editors: '" + trimmed + "' is not name:{bcrypt}hash");
            }
            String name = trimmed.substring(0, colon);
            String hash = trimmed.substring(colon + 1);
            if (!hash.startsWith("{bcrypt}") && !hash.startsWith("{argon2") && !hash.startsWith("{pbkdf2")
                    && !hash.startsWith("{scrypt}")) {
                throw new IllegalArgumentException("atlas.editors: the password of '" + name
                        + "' must be a hash ({bcrypt}…, from ./atlas hash-password), never plain text");
            }
            accounts.add(User.withUsername(name).password(hash).roles(role).build());
        }
        return accounts;
    }
}
