package org.rhomboid.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files only this operating-system user may open: folders 0700, files 0600. A file is created with
 * those permissions before a byte is written, never tightened afterwards. Where the file system has no POSIX
 * permissions (Windows) the user's own profile folder protects them and the permission calls change nothing.
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom random = new SecureRandom();

    private PrivateFiles() {
    }

    /** 256 random bits, URL-safe: fits a password file, a JDBC property and an SQL literal alike. */
    static String newPassword() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The folder, created if missing, open to this user only. */
    static Path folder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder.toAbsolutePath().getParent());
            try {
                Files.createDirectory(folder, attributes(folder, FOLDER));
            } catch (FileAlreadyExistsException raced) {
                // made in the meantime (or a file is in the way: the next line says so)
            }
        }
        restrict(folder, FOLDER);
        return folder;
    }

    /** A new folder with a random name under {@code parent}, open to this user only. */
    static Path newFolder(Path parent, String prefix) throws IOException {
        return Files.createTempDirectory(parent, prefix, attributes(parent, FOLDER));
    }

    static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /** Tightens every plain file directly in the folder to 0600 (zonky's lock file is made 0644). */
    static void restrictFilesIn(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                restrict(entry, FILE);
            }
        }
    }

    /** Writes the file whole: a private sibling first, then moved over the old one, so no reader sees half. */
    static void write(Path file, String content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.createFile(partial, attributes(file.toAbsolutePath().getParent(), FILE));
        Files.writeString(partial, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static Optional<String> readSecret(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        restrict(file, FILE);
        String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
        return secret.isEmpty() ? Optional.empty() : Optional.of(secret);
    }

    private static FileAttribute<?>[] attributes(Path where, Set<PosixFilePermission> permissions) {
        return posix(where) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                            : new FileAttribute<?>[0];
    }
}
