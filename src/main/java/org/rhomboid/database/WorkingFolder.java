package org.rhomboid.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where zonky unpacks the PostgreSQL programs and where the server puts its socket: a folder of this
 * operating-system user alone, reused between starts so the programs are unpacked once.
 * zonky's own choice, {@code /tmp/embedded-pg}, is made writable by everyone: anyone on the machine could swap the
 * programs Rhomboid runs, or plant a folder whose "postmaster" zonky's clean-up would stop.
 */
final class WorkingFolder {

    private static final Logger log = LoggerFactory.getLogger(WorkingFolder.class);
    /** The Unix-domain socket's path (folder + /.s.PGSQL.nnnnn) must fit the 107 bytes of sun_path. */
    private static final int LONGEST_SOCKET_FOLDER = 90;

    private WorkingFolder() {
    }

    static Path forThisUser() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (!PrivateFiles.posix(temp)) {
            return checked(PrivateFiles.folder(temp.resolve("rhomboid-postgres")));
        }
        int me = uidOfNewFileIn(temp);
        Path folder = temp.resolve("rhomboid-postgres-" + me);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            PrivateFiles.folder(folder);
        }
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && uid(folder) == me) {
            // Ours, and never open to others (zonky only adds write bits, which without search let nobody in).
            PrivateFiles.restrict(folder, PrivateFiles.FOLDER);
            return checked(folder);
        }
        Path fresh = PrivateFiles.newFolder(temp, "rhomboid-postgres-");
        log.warn("{} is not this user's own folder; the database programs are unpacked in {} instead", folder, fresh);
        return checked(fresh);
    }

    /** pg_ctl hands the server's options to a shell, and the socket's path has a length limit: say so plainly. */
    private static Path checked(Path folder) {
        String path = folder.toString();
        if (!path.matches("[A-Za-z0-9/._:\\\\-]+") || path.length() > LONGEST_SOCKET_FOLDER) {
            throw new IllegalStateException("The embedded database needs a temporary folder whose path has no spaces "
                    + "or special characters and at most " + LONGEST_SOCKET_FOLDER + " characters; " + path
                    + " is not. Start Java with -Djava.io.tmpdir=/tmp (or another such folder).");
        }
        return folder;
    }

    private static int uidOfNewFileIn(Path temp) throws IOException {
        Path probe = Files.createTempFile(temp, "rhomboid-", ".probe");
        try {
            return uid(probe);
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    private static int uid(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
    }
}
