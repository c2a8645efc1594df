package dev.agentpane.filesystem;

import dev.agentpane.application.port.out.ProjectFilesPort;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Project directories on the local disk. Walking never follows a symbolic link out of the directory. */
public class LocalProjectFiles implements ProjectFilesPort {

    @Override
    public void deleteDirectory(String directory) {
        Path root = Path.of(directory).toAbsolutePath().normalize();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectFilesException("NOT_A_DIRECTORY", root + " is not a directory");
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ProjectFilesException("FILE_DELETION_FAILED", "Could not delete all of " + root + ": " + e.getMessage());
        }
    }
}
