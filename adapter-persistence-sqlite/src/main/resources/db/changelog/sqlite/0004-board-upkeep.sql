--liquibase formatted sql

-- Each project row keeps what is read of its board most often, kept up by triggers on tasks in the transaction that
-- changes a card, whatever statement changes it (foreign-key SET NULL and CASCADE included):
-- board_version moves on with every change of a card: a kept copy of the board is current exactly while the version
--   it was read at is still the stored one (BoardPageCache);
-- <column>_cards count the cards per column and last_card_change_at is the latest updated_at a card was given, so the
--   home page's summaries read one row per project whatever the number of cards.
-- One trigger per changeset: the driver runs one statement per call.

--changeset agentpane:0004-board-columns
ALTER TABLE projects ADD COLUMN board_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE projects ADD COLUMN backlog_cards INTEGER NOT NULL DEFAULT 0;
ALTER TABLE projects ADD COLUMN queued_cards INTEGER NOT NULL DEFAULT 0;
ALTER TABLE projects ADD COLUMN in_progress_cards INTEGER NOT NULL DEFAULT 0;
ALTER TABLE projects ADD COLUMN waiting_approval_cards INTEGER NOT NULL DEFAULT 0;
ALTER TABLE projects ADD COLUMN verified_cards INTEGER NOT NULL DEFAULT 0;
ALTER TABLE projects ADD COLUMN last_card_change_at TEXT;
UPDATE projects SET
    backlog_cards = (SELECT count(*) FROM tasks WHERE project_id = projects.id AND board_column = 'backlog'),
    queued_cards = (SELECT count(*) FROM tasks WHERE project_id = projects.id AND board_column = 'queued'),
    in_progress_cards = (SELECT count(*) FROM tasks WHERE project_id = projects.id AND board_column = 'in_progress'),
    waiting_approval_cards = (SELECT count(*) FROM tasks WHERE project_id = projects.id AND board_column = 'waiting_approval'),
    verified_cards = (SELECT count(*) FROM tasks WHERE project_id = projects.id AND board_column = 'verified'),
    last_card_change_at = (SELECT max(updated_at) FROM tasks WHERE project_id = projects.id);
--rollback ALTER TABLE projects DROP COLUMN board_version; ALTER TABLE projects DROP COLUMN backlog_cards; ALTER TABLE projects DROP COLUMN queued_cards; ALTER TABLE projects DROP COLUMN in_progress_cards; ALTER TABLE projects DROP COLUMN waiting_approval_cards; ALTER TABLE projects DROP COLUMN verified_cards; ALTER TABLE projects DROP COLUMN last_card_change_at;

--changeset agentpane:0004-board-upkeep-on-insert splitStatements:false
CREATE TRIGGER tasks_board_upkeep_on_insert AFTER INSERT ON tasks
BEGIN
    UPDATE projects SET board_version = board_version + 1,
           backlog_cards = backlog_cards + (NEW.board_column = 'backlog'),
           queued_cards = queued_cards + (NEW.board_column = 'queued'),
           in_progress_cards = in_progress_cards + (NEW.board_column = 'in_progress'),
           waiting_approval_cards = waiting_approval_cards + (NEW.board_column = 'waiting_approval'),
           verified_cards = verified_cards + (NEW.board_column = 'verified'),
           last_card_change_at = max(coalesce(last_card_change_at, NEW.updated_at), NEW.updated_at)
     WHERE id = NEW.project_id;
END;
--rollback DROP TRIGGER tasks_board_upkeep_on_insert;

--changeset agentpane:0004-board-upkeep-on-update splitStatements:false
CREATE TRIGGER tasks_board_upkeep_on_update AFTER UPDATE ON tasks
BEGIN
    UPDATE projects SET board_version = board_version + 1,
           backlog_cards = backlog_cards + (NEW.project_id = id AND NEW.board_column = 'backlog') - (OLD.project_id = id AND OLD.board_column = 'backlog'),
           queued_cards = queued_cards + (NEW.project_id = id AND NEW.board_column = 'queued') - (OLD.project_id = id AND OLD.board_column = 'queued'),
           in_progress_cards = in_progress_cards + (NEW.project_id = id AND NEW.board_column = 'in_progress') - (OLD.project_id = id AND OLD.board_column = 'in_progress'),
           waiting_approval_cards = waiting_approval_cards + (NEW.project_id = id AND NEW.board_column = 'waiting_approval') - (OLD.project_id = id AND OLD.board_column = 'waiting_approval'),
           verified_cards = verified_cards + (NEW.project_id = id AND NEW.board_column = 'verified') - (OLD.project_id = id AND OLD.board_column = 'verified'),
           last_card_change_at = CASE WHEN NEW.project_id = id THEN max(coalesce(last_card_change_at, NEW.updated_at), NEW.updated_at) ELSE last_card_change_at END
     WHERE id IN (OLD.project_id, NEW.project_id);
END;
--rollback DROP TRIGGER tasks_board_upkeep_on_update;

--changeset agentpane:0004-board-upkeep-on-delete splitStatements:false
CREATE TRIGGER tasks_board_upkeep_on_delete AFTER DELETE ON tasks
BEGIN
    UPDATE projects SET board_version = board_version + 1,
           backlog_cards = backlog_cards - (OLD.board_column = 'backlog'),
           queued_cards = queued_cards - (OLD.board_column = 'queued'),
           in_progress_cards = in_progress_cards - (OLD.board_column = 'in_progress'),
           waiting_approval_cards = waiting_approval_cards - (OLD.board_column = 'waiting_approval'),
           verified_cards = verified_cards - (OLD.board_column = 'verified')
     WHERE id = OLD.project_id;
END;
--rollback DROP TRIGGER tasks_board_upkeep_on_delete;
