package dev.agentpane.persistence.task;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code tasks}; each dialect's {@code mybatis/<dialect>/TaskMapper.xml} holds their SQL. */
@Mapper
public interface TaskMapper {
    /** The project's id, once this transaction holds its board (null when there is no such project). */
    String lockBoard(String projectId);

    /** The task as it is once this transaction holds its project's board (null when there is no such task). */
    TaskRow findLockingBoard(String taskId);

    /**
     * {@link #lockBoard}, then {@link #columnEnd} of the project (the writer's one request for a new card); null when
     * there is no such project.
     */
    ColumnEndRow lockBoardAtColumnEnd(@Param("projectId") String projectId, @Param("boardColumn") String boardColumn);

    /**
     * {@link #findLockingBoard}, then the {@link #columnEnd} of {@code boardColumn} on the task's board and up to
     * {@code neighbours} (0 to 2) keys of that column from the {@code neighboursFrom}-th on, the task left out (a
     * move's one request); null when there is no such task.
     */
    MoveReadingRow findLockingBoardForMove(@Param("taskId") String taskId, @Param("boardColumn") String boardColumn,
            @Param("neighboursFrom") int neighboursFrom, @Param("neighbours") int neighbours);

    /** The project's board version (see {@code TaskRepository.boardVersion}); null when there is no such project. */
    Long boardVersion(String projectId);

    int insert(TaskRow row);

    int update(@Param("row") TaskRow row, @Param("expectedVersion") long expectedVersion);

    /** {@link #update} but for the agent, session and worktree references, which the caller knows to be unchanged. */
    int updateKeepingReferences(@Param("row") TaskRow row, @Param("expectedVersion") long expectedVersion);

    TaskRow findById(String id);

    /** Tasks before {@code sortKey} in the same column. */
    int countBefore(@Param("projectId") String projectId, @Param("boardColumn") String boardColumn, @Param("sortKey") String sortKey);

    /** Column by column from left to right, each in sort-key order; {@code boardColumn} null for all columns. */
    List<TaskRow> findByProject(@Param("projectId") String projectId, @Param("boardColumn") String boardColumn,
            @Param("limit") int limit, @Param("offset") int offset);

    long countByProject(@Param("projectId") String projectId, @Param("boardColumn") String boardColumn);

    /** Up to {@code limit} keys in order from the {@code offset}-th, {@code excludedId} (when not null) left out. */
    List<String> sortKeysInColumn(@Param("projectId") String projectId, @Param("boardColumn") String boardColumn,
            @Param("excludedId") String excludedId, @Param("offset") int offset, @Param("limit") int limit);

    /** The column's task ids in order, {@code excludedId} (when not null) left out. */
    List<String> idsInColumn(@Param("projectId") String projectId, @Param("boardColumn") String boardColumn,
            @Param("excludedId") String excludedId);

    /**
     * Gives every card of the column the placeholder key {@code '~' || id}: unique, and after every real key (which are
     * over {@code 0-9A-Za-z}), so that the real keys written next can never meet an old one in the unique board index.
     */
    int parkSortKeys(@Param("projectId") String projectId, @Param("boardColumn") String boardColumn);

    /** Sets the listed cards' keys in one statement. */
    int setSortKeys(@Param("projectId") String projectId, @Param("boardColumn") String boardColumn,
            @Param("assignments") List<SortKeyAssignment> assignments);

    /** The column's greatest sort key and its number of cards; null when there is no such project. */
    ColumnEndRow columnEnd(@Param("projectId") String projectId, @Param("boardColumn") String boardColumn);

    /** The board counters of those projects that ever had a card. */
    List<BoardActivityRow> boardActivity(@Param("projectIds") Collection<String> projectIds);

    int deleteById(String id);
}
