package dev.agentpane.persistence.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Puts the SQLite driver's native library for this platform into a folder once, so that starts load it from there.
 * Otherwise the driver compares its copy in the temporary folder with the one in the jar at every start, and copies it
 * when they differ: about 0.1 s of a 2-core machine's start (docs/performance.md).
 *
 * <p>{@code java -cp agentpane.jar dev.agentpane.persistence.sqlite.SqliteNativeLibrary <folder>} copies it and prints
 * the JVM options that make the driver load it ({@code bin/agentpane} runs it once per build). Prints nothing, and
 * exits 0, on a platform the driver has no library for: the driver's own search then applies.
 */
public final class SqliteNativeLibrary {
    private SqliteNativeLibrary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: java -cp agentpane.jar " + SqliteNativeLibrary.class.getName() + " <folder>");
            System.exit(2);
        }
        String name = LibraryLoaderUtil.getNativeLibName();
        String folderInJar = LibraryLoaderUtil.getNativeLibResourcePath().replaceFirst("^/", "");
        try (InputStream library = SqliteNativeLibrary.class.getClassLoader().getResourceAsStream(folderInJar + "/" + name)) {
            if (library == null) {
                return;
            }
            Path folder = Files.createDirectories(Path.of(args[0]).toAbsolutePath());
            Path copy = Files.createTempFile(folder, name, ".part");
            Files.copy(library, copy, StandardCopyOption.REPLACE_EXISTING);
            Files.move(copy, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("-Dorg.sqlite.lib.path=" + folder + " -Dorg.sqlite.lib.name=" + name);
        }
    }
}
