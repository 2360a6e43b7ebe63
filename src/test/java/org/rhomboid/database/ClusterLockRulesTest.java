package org.rhomboid.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded cluster's locks: pg_hba.conf, its passwords and the private files they are kept in. */
class ClusterLockRulesTest {

    @TempDir
    Path folder;

    @Test
    void everyConnectionProvesAPasswordAndOnlyTheResetStartTrustsTheSuperusersOwnSocket() {
        assertThat(ClientAuthentication.passwordsOnly().lines().filter(line -> !line.startsWith("#")))
                .hasSize(3).allMatch(line -> line.endsWith("scram-sha-256"))
                .anyMatch(line -> line.startsWith("local")).noneMatch(line -> line.contains("replication"));
        assertThat(ClientAuthentication.superuserBySocketOnly().lines().filter(line -> line.contains("trust")))
                .containsExactly("local   all       postgres                 trust");
    }

    @Test
    void passwordsAreLongRandomAndPlain() {
        Set<String> passwords = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            passwords.add(PrivateFiles.newPassword());
        }
        assertThat(passwords).hasSize(100).allMatch(p -> p.matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void secretsAndFoldersOpenForThisUserOnly() throws Exception {
        Path secret = folder.resolve("secret");
        PrivateFiles.write(secret, "s3cret\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(PrivateFiles.readSecret(secret)).contains("s3cret");
        assertThat(PrivateFiles.readSecret(folder.resolve("missing"))).isEmpty();

        Path open = Files.createFile(folder.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateFiles.restrictFilesIn(folder);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(open))).isEqualTo("rw-------");

        Path data = PrivateFiles.folder(folder.resolve("data"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
    }
}
