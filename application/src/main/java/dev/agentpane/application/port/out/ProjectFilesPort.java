package dev.agentpane.application.port.out;

/** The files of a project's repository on this machine. */
public interface ProjectFilesPort {
    /**
     * Deletes the directory and everything below it; symbolic links are removed, never followed.
     *
     * @throws ProjectFilesException when the directory is missing, not a directory, or cannot be deleted completely
     */
    void deleteDirectory(String directory);

    /** A failure the user can act on; {@link #code()} names it (NOT_A_DIRECTORY, FILE_DELETION_FAILED). */
    class ProjectFilesException extends RuntimeException {
        private final String code;

        public ProjectFilesException(String code, String message) {
            super(message);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
