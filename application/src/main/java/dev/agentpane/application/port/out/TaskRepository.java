package dev.agentpane.application.port.out;

import dev.agentpane.domain.project.ProjectId;
import dev.agentpane.domain.project.ProjectSummary.TaskCounts;
import dev.agentpane.domain.task.PositionedTask;
import dev.agentpane.domain.task.Task;
import dev.agentpane.domain.task.TaskColumn;
import dev.agentpane.domain.task.TaskId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** The kanban board's cards. A column's order is the order of its cards' sort keys. */
public interface TaskRepository {
    /**
     * Makes the calling transaction the only writer of this project's board until it ends, so that reading a column's
     * keys and placing a card happen as one step. Every write of a task calls it first.
     *
     * @return false when the project does not exist
     */
    boolean lockBoard(ProjectId projectId);

    /**
     * {@link #lockBoard} for the board the task is on, and the task as it is once the lock is held, in one step.
     *
     * @return the task, or empty when there is no such task
     */
    Optional<Task> findLockingBoard(TaskId taskId);

    /**
     * {@link #lockBoard}, then the {@link #columnEnd} of one of its columns: what a card added to the board reads, in one
     * step (an adapter may send both to the database as one request).
     *
     * @return empty when the project does not exist
     */
    default Optional<ColumnEnd> lockBoardAtColumnEnd(ProjectId projectId, TaskColumn column) {
        return lockBoard(projectId) ? Optional.of(columnEnd(projectId, column)) : Optional.empty();
    }

    /**
     * What a move of a card to {@code column} reads, in one step (an adapter may send it to the database as one request):
     * the card once its board is locked ({@link #findLockingBoard}), the column's end ({@link #columnEnd}), and up to
     * {@code neighbours} keys of the column's other cards from the {@code neighboursFrom}-th on
     * ({@link #sortKeysInColumn} with the card left out).
     *
     * @param neighbours 0, 1 or 2
     * @return empty when there is no such task
     */
    default Optional<MoveReading> findLockingBoardForMove(TaskId taskId, TaskColumn column, int neighboursFrom, int neighbours) {
        MoveReading.checkNeighbours(neighboursFrom, neighbours);
        return findLockingBoard(taskId).map(task -> new MoveReading(task, columnEnd(task.projectId(), column),
                neighbours == 0 ? List.of() : sortKeysInColumn(task.projectId(), column, taskId, neighboursFrom, neighbours)));
    }

    /**
     * A number that moves on, in the same transaction, with every change of any of the project's cards: an insert, an
     * update or a delete, whoever makes it (a foreign key setting a card's agent to null included). Two reads that see
     * the same version see the same board.
     *
     * @return empty when the project does not exist
     */
    OptionalLong boardVersion(ProjectId projectId);

    void insert(Task task);

    /**
     * Stores every field of {@code task} if the stored task still has {@code expectedVersion}.
     *
     * @return false when the task is missing or was changed by someone else meanwhile
     */
    boolean update(Task task, long expectedVersion);

    /**
     * {@link #update(Task, long)} with the version of {@code stored}, the task as this transaction read it: an adapter
     * may then write only what differs (a move leaves the agent, session and worktree references, and their indexes,
     * alone).
     */
    default boolean update(Task task, Task stored) {
        return update(task, stored.version());
    }

    Optional<Task> findById(TaskId id);

    /** The 0-based place of the task in its column. */
    int positionOf(Task task);

    /**
     * A project's cards, column by column from left to right, each column in board order, with their positions.
     *
     * @param column null for every column
     */
    List<PositionedTask> findByProject(ProjectId projectId, TaskColumn column, int limit, int offset);

    /** @param column null for every column */
    long countByProject(ProjectId projectId, TaskColumn column);

    /**
     * Up to {@code limit} sort keys of a column in board order, from the {@code offset}-th on (the neighbours of a place,
     * without reading the whole column); {@code excluded} (a card being moved) is left out when not null.
     */
    List<String> sortKeysInColumn(ProjectId projectId, TaskColumn column, TaskId excluded, int offset, int limit);

    /** The cards of a column in board order, {@code excluded} (a card being moved) left out when not null. */
    List<TaskId> idsInColumn(ProjectId projectId, TaskColumn column, TaskId excluded);

    /**
     * Gives {@code inOrder}, which are all the cards of the column but the one being placed, the increasing
     * {@code keys} in one step. The card being placed, when it is in the column, holds a placeholder key until its own
     * {@link #update} in the same transaction. No card's version changes: the order stays what it was.
     */
    void rewriteSortKeys(ProjectId projectId, TaskColumn column, List<TaskId> inOrder, List<String> keys);

    /** Where a card appended to the column goes: after its greatest sort key, at the place that counts its cards. */
    ColumnEnd columnEnd(ProjectId projectId, TaskColumn column);

    /**
     * For each project that has tasks, its tasks counted per column and the latest {@code updatedAt} any of its cards
     * was given (a card deleted since included: its change was the board's last activity), in one query whose cost does
     * not grow with the number of cards.
     */
    Map<ProjectId, TaskActivity> activityOf(Collection<ProjectId> projectIds);

    boolean deleteById(TaskId id);

    record TaskActivity(TaskCounts counts, Instant lastUpdatedAt) {
    }

    /** @param lastSortKey the column's greatest sort key, null when it is empty */
    record ColumnEnd(String lastSortKey, int cards) {
    }

    /**
     * What {@link #findLockingBoardForMove} read.
     *
     * @param neighbourKeys the keys asked for that exist, in board order
     */
    record MoveReading(Task task, ColumnEnd columnEnd, List<String> neighbourKeys) {
        public MoveReading {
            neighbourKeys = List.copyOf(neighbourKeys);
        }

        /** A move needs at most the two keys around its place. */
        public static void checkNeighbours(int neighboursFrom, int neighbours) {
            if (neighboursFrom < 0 || neighbours < 0 || neighbours > 2) {
                throw new IllegalArgumentException("neighbours " + neighbours + " from " + neighboursFrom + ": at most 2, from 0 on");
            }
        }
    }
}
