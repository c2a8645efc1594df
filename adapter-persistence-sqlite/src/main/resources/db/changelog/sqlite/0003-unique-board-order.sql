--liquibase formatted sql

--changeset agentpane:0003-unique-board-order
-- Two cards of a column never share a sort key: the derived positions stay dense and distinct.
DROP INDEX tasks_board_idx;
CREATE UNIQUE INDEX tasks_board_order_unique ON tasks (project_id, board_column, sort_key);
--rollback DROP INDEX tasks_board_order_unique; CREATE INDEX tasks_board_idx ON tasks (project_id, board_column, sort_key);
