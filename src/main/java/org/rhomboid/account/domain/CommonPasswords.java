package org.rhomboid.account.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords attackers try first: the common and breached passwords shipped with Rhomboid
 * ({@code account/common-passwords.txt}, whose header names its source and licence). Compared in lower case.
 */
public final class CommonPasswords {

    static final String RESOURCE = "/account/common-passwords.txt";

    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = Set.copyOf(passwords);
    }

    /** The list shipped with Rhomboid. */
    public static CommonPasswords shipped() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One password a line; lines starting with "# " are comments. */
    static CommonPasswords read(InputStream in) throws IOException {
        Set<String> passwords = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (!line.isEmpty() && !line.startsWith("# ")) {
                passwords.add(line.toLowerCase(Locale.ROOT));
            }
        }
        return new CommonPasswords(passwords);
    }

    public static CommonPasswords of(String... passwords) {
        Set<String> lower = new HashSet<>();
        for (String password : passwords) {
            lower.add(password.toLowerCase(Locale.ROOT));
        }
        return new CommonPasswords(lower);
    }

    public boolean contains(String password) {
        return passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return passwords.size();
    }
}
