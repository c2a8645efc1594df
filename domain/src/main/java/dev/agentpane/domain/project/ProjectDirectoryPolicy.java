package dev.agentpane.domain.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether deleting a project may also delete its directory (reference §4.7): never a system directory, never a
 * directory near the root, and deeper still below the system prefixes.
 */
public final class ProjectDirectoryPolicy {
    static final List<String> SYSTEM_DIRECTORIES = List.of("/", "/bin", "/sbin", "/etc", "/var", "/usr", "/lib", "/opt", "/root",
            "/home", "/Users", "/System", "/Applications", "/Library");
    private static final int MIN_DEPTH = 3;
    private static final int MIN_DEPTH_BELOW_SYSTEM_DIRECTORY = 4;

    private ProjectDirectoryPolicy() {
    }

    /** Why the directory must stay, as {@code code: message}; empty when it may go. */
    public record Refusal(String code, String message) {
    }

    /** @param directory an absolute path; it is normalised first, so {@code ..} cannot escape a check */
    public static Optional<Refusal> refusalFor(String directory) {
        Path path = Path.of(directory).toAbsolutePath().normalize();
        String normalised = path.toString();
        if (SYSTEM_DIRECTORIES.contains(normalised)) {
            return Optional.of(new Refusal("DANGEROUS_PATH", "Refusing to delete the system directory " + normalised));
        }
        int depth = path.getNameCount();
        if (depth < MIN_DEPTH) {
            return Optional.of(new Refusal("TOO_SHALLOW", "Refusing to delete " + normalised + ": fewer than " + MIN_DEPTH
                    + " path components"));
        }
        boolean belowSystemDirectory = SYSTEM_DIRECTORIES.stream().filter(prefix -> !prefix.equals("/"))
                .anyMatch(prefix -> path.startsWith(Path.of(prefix)));
        if (belowSystemDirectory && depth < MIN_DEPTH_BELOW_SYSTEM_DIRECTORY) {
            return Optional.of(new Refusal("INSUFFICIENT_DEPTH", "Refusing to delete " + normalised + ": below a system directory a path"
                    + " needs at least " + MIN_DEPTH_BELOW_SYSTEM_DIRECTORY + " components"));
        }
        return Optional.empty();
    }
}
