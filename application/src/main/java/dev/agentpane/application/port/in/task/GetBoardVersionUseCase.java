package dev.agentpane.application.port.in.task;

import dev.agentpane.domain.project.ProjectId;
import java.util.OptionalLong;

/**
 * The version of a project's board: it moves on with every change of any of its cards, on every instance that shares
 * the database, so a copy of a page read at version v is current exactly while the board is still at v.
 */
public interface GetBoardVersionUseCase {
    /** @return empty when the project does not exist */
    OptionalLong boardVersion(ProjectId projectId);
}
