package dev.agentpane.application.port.in.project;

/**
 * What a project delete did beyond removing the project.
 *
 * @param reason            why the files stayed, as a code (DANGEROUS_PATH, TOO_SHALLOW, INSUFFICIENT_DEPTH,
 *                          NOT_A_DIRECTORY, FILE_DELETION_FAILED); null when they went or were not asked for
 * @param fileDeletionError the same, for people
 */
public record ProjectDeletion(boolean filesDeleted, String fileDeletionError, String reason) {
    public static final ProjectDeletion FILES_KEPT = new ProjectDeletion(false, null, null);
    public static final ProjectDeletion FILES_DELETED = new ProjectDeletion(true, null, null);

    public static ProjectDeletion filesRefused(String reason, String message) {
        return new ProjectDeletion(false, message, reason);
    }
}
