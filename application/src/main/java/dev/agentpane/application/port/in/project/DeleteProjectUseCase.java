package dev.agentpane.application.port.in.project;

import dev.agentpane.domain.project.ProjectNotFoundException;

public interface DeleteProjectUseCase {
    /**
     * Deletes the project and, through the database's cascades, everything that belongs to it; then, when asked and
     * allowed, its directory (after the commit: files cannot be rolled back, so a refusal or failure is reported, not
     * thrown).
     *
     * @throws ProjectNotFoundException when no project has the id
     * @throws dev.agentpane.domain.project.ProjectHasRunningAgentsException when any of its agents is starting, planning or running
     */
    ProjectDeletion delete(DeleteProjectCommand command);

    /**
     * What a project delete did beyond removing the project.
     *
     * @param reason            why the files stayed, as a code (DANGEROUS_PATH, TOO_SHALLOW, INSUFFICIENT_DEPTH,
     *                          NOT_A_DIRECTORY, FILE_DELETION_FAILED); null when they went or were not asked for
     * @param fileDeletionError the same, for people
     */
    record ProjectDeletion(boolean filesDeleted, String fileDeletionError, String reason) {
        public static final ProjectDeletion FILES_KEPT = new ProjectDeletion(false, null, null);
        public static final ProjectDeletion FILES_DELETED = new ProjectDeletion(true, null, null);

        public static ProjectDeletion filesRefused(String reason, String message) {
            return new ProjectDeletion(false, message, reason);
        }
    }
}
