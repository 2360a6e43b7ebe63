package org.rhomboid.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded cluster on disk: its data directory, with the two passwords Rhomboid keeps there (files 0600 in
 * a folder 0700, so only this operating-system user reads them), and the private working folder that holds the
 * server programs and the socket.
 *
 * @param data      PostgreSQL's data directory
 * @param working   see {@link WorkingFolder}
 * @param temporary made for this run and removed when the server stops (tests)
 */
record ClusterFolder(Path data, Path working, boolean temporary) {

    static final String SUPERUSER_PASSWORD = "rhomboid-superuser-password";
    static final String APP_LOGIN_PASSWORD = "rhomboid-app-login-password";

    static ClusterFolder kept(Path dataDir) throws IOException {
        return new ClusterFolder(PrivateFiles.folder(dataDir.toAbsolutePath()), WorkingFolder.forThisUser(), false);
    }

    static ClusterFolder forThisRun() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        return new ClusterFolder(PrivateFiles.newFolder(temp, "rhomboid-db-"), WorkingFolder.forThisUser(), true);
    }

    /** initdb has run here (zonky asks the same question). */
    boolean initialised() {
        return Files.exists(data.resolve("postgresql.conf"));
    }

    Optional<String> superuserPassword() throws IOException {
        return PrivateFiles.readSecret(data.resolve(SUPERUSER_PASSWORD));
    }

    void keepSuperuserPassword(String password) throws IOException {
        PrivateFiles.write(data.resolve(SUPERUSER_PASSWORD), password + "\n");
    }

    /** The application login's password: made on the first start, the same ever after. */
    String appLoginPassword() throws IOException {
        Optional<String> kept = PrivateFiles.readSecret(data.resolve(APP_LOGIN_PASSWORD));
        if (kept.isPresent()) {
            return kept.get();
        }
        String password = PrivateFiles.newPassword();
        PrivateFiles.write(data.resolve(APP_LOGIN_PASSWORD), password + "\n");
        return password;
    }

    /**
     * initdb reads the superuser's first password from a file, and wants the data directory empty: the file
     * waits in the working folder and is deleted once the password is kept in the data directory.
     */
    Path passwordFileForInitdb(String password) throws IOException {
        Path file = working.resolve("initdb-" + PrivateFiles.newPassword().substring(0, 12) + ".pw");
        PrivateFiles.write(file, password + "\n");
        return file;
    }

    /** After a start: PostgreSQL makes its own files 0600, zonky's lock file and older clusters may not be. */
    void lockDown() throws IOException {
        PrivateFiles.restrict(data, PrivateFiles.FOLDER);
        PrivateFiles.restrictFilesIn(data);
        // zonky opens the working folder's write bits to everyone; without search permission they let nobody in,
        // but the folder should say what it is.
        PrivateFiles.restrict(working, PrivateFiles.FOLDER);
    }
}
