package org.rhomboid.database;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The embedded cluster's {@code pg_hba.conf}, written by Rhomboid before every start (edits are overwritten):
 * every connection, over the socket or TCP from this machine, proves its password with SCRAM. Nothing else is
 * accepted: no trust, no other address, no replication.
 */
final class ClientAuthentication {

    static final String FILE = "pg_hba.conf";

    private static final String HEADER = """
            # Written by Rhomboid before every start of its embedded PostgreSQL; changes here are overwritten.
            # TYPE  DATABASE  USER      ADDRESS        METHOD
            """;
    private static final String TCP = """
            host    all       all       127.0.0.1/32   scram-sha-256
            host    all       all       ::1/128        scram-sha-256
            """;

    private ClientAuthentication() {
    }

    static String passwordsOnly() {
        return HEADER + "local   all       all                      scram-sha-256\n" + TCP;
    }

    /**
     * For the one start that gives a cluster without a known password its new one: the superuser may use the
     * socket without a password, because its folder and the socket itself open for this operating-system user only
     * (who can read the data files anyway); TCP already asks everyone for a password.
     */
    static String superuserBySocketOnly() {
        return HEADER + "local   all       postgres                 trust\n" + TCP;
    }

    static void requirePasswords(Path dataDir) throws IOException {
        PrivateFiles.write(dataDir.resolve(FILE), passwordsOnly());
    }

    static void letThisUserSetThePassword(Path dataDir) throws IOException {
        PrivateFiles.write(dataDir.resolve(FILE), superuserBySocketOnly());
    }
}
