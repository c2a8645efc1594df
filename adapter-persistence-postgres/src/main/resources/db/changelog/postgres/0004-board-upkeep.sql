--liquibase formatted sql

-- Each project row keeps what is read of its board most often, kept up by triggers on tasks in the transaction that
-- changes a card, whatever statement changes it (foreign-key SET NULL and CASCADE included), so every instance that
-- shares the database sees it at once:
-- board_version moves on with every change of a card: a kept copy of the board is current exactly while the version
--   it was read at is still the stored one (BoardPageCache);
-- <column>_cards count the cards per column and last_card_change_at is the latest updated_at a card was given, so the
--   home page's summaries read one row per project whatever the number of cards.
-- The SQLite changelog needs one changeset per trigger; this one has the same four.

--changeset agentpane:0004-board-columns splitStatements:false
ALTER TABLE projects
    ADD COLUMN board_version bigint NOT NULL DEFAULT 0,
    ADD COLUMN backlog_cards integer NOT NULL DEFAULT 0,
    ADD COLUMN queued_cards integer NOT NULL DEFAULT 0,
    ADD COLUMN in_progress_cards integer NOT NULL DEFAULT 0,
    ADD COLUMN waiting_approval_cards integer NOT NULL DEFAULT 0,
    ADD COLUMN verified_cards integer NOT NULL DEFAULT 0,
    ADD COLUMN last_card_change_at timestamptz;
UPDATE projects SET
    backlog_cards = (SELECT count(*) FROM tasks WHERE project_id = projects.id AND board_column = 'backlog'),
    queued_cards = (SELECT count(*) FROM tasks WHERE project_id = projects.id AND board_column = 'queued'),
    in_progress_cards = (SELECT count(*) FROM tasks WHERE project_id = projects.id AND board_column = 'in_progress'),
    waiting_approval_cards = (SELECT count(*) FROM tasks WHERE project_id = projects.id AND board_column = 'waiting_approval'),
    verified_cards = (SELECT count(*) FROM tasks WHERE project_id = projects.id AND board_column = 'verified'),
    last_card_change_at = (SELECT max(updated_at) FROM tasks WHERE project_id = projects.id);
-- One card's share of its project's summary: +1 in its column when it arrives (sign 1), -1 when it leaves (sign -1).
CREATE FUNCTION tasks_board_upkeep_apply(project text, card_column text, sign integer, changed_at timestamptz) RETURNS void
LANGUAGE sql AS $$
    UPDATE projects SET board_version = board_version + 1,
           backlog_cards = backlog_cards + sign * (card_column = 'backlog')::int,
           queued_cards = queued_cards + sign * (card_column = 'queued')::int,
           in_progress_cards = in_progress_cards + sign * (card_column = 'in_progress')::int,
           waiting_approval_cards = waiting_approval_cards + sign * (card_column = 'waiting_approval')::int,
           verified_cards = verified_cards + sign * (card_column = 'verified')::int,
           last_card_change_at = GREATEST(last_card_change_at, changed_at)
     WHERE id = project;
$$;
CREATE FUNCTION tasks_board_upkeep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.project_id = NEW.project_id THEN
        -- One row update for the usual case: a card changes on its own board.
        UPDATE projects SET board_version = board_version + 1,
               backlog_cards = backlog_cards + (NEW.board_column = 'backlog')::int - (OLD.board_column = 'backlog')::int,
               queued_cards = queued_cards + (NEW.board_column = 'queued')::int - (OLD.board_column = 'queued')::int,
               in_progress_cards = in_progress_cards + (NEW.board_column = 'in_progress')::int - (OLD.board_column = 'in_progress')::int,
               waiting_approval_cards = waiting_approval_cards + (NEW.board_column = 'waiting_approval')::int - (OLD.board_column = 'waiting_approval')::int,
               verified_cards = verified_cards + (NEW.board_column = 'verified')::int - (OLD.board_column = 'verified')::int,
               last_card_change_at = GREATEST(last_card_change_at, NEW.updated_at)
         WHERE id = NEW.project_id;
        RETURN NULL;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM tasks_board_upkeep_apply(NEW.project_id, NEW.board_column, 1, NEW.updated_at);
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM tasks_board_upkeep_apply(OLD.project_id, OLD.board_column, -1, NULL);
    END IF;
    RETURN NULL;
END
$$;
--rollback DROP FUNCTION tasks_board_upkeep(); DROP FUNCTION tasks_board_upkeep_apply(text, text, integer, timestamptz); ALTER TABLE projects DROP COLUMN board_version, DROP COLUMN backlog_cards, DROP COLUMN queued_cards, DROP COLUMN in_progress_cards, DROP COLUMN waiting_approval_cards, DROP COLUMN verified_cards, DROP COLUMN last_card_change_at;

--changeset agentpane:0004-board-upkeep-on-insert
CREATE TRIGGER tasks_board_upkeep_on_insert AFTER INSERT ON tasks FOR EACH ROW EXECUTE FUNCTION tasks_board_upkeep();
--rollback DROP TRIGGER tasks_board_upkeep_on_insert ON tasks;

--changeset agentpane:0004-board-upkeep-on-update
CREATE TRIGGER tasks_board_upkeep_on_update AFTER UPDATE ON tasks FOR EACH ROW EXECUTE FUNCTION tasks_board_upkeep();
--rollback DROP TRIGGER tasks_board_upkeep_on_update ON tasks;

--changeset agentpane:0004-board-upkeep-on-delete
CREATE TRIGGER tasks_board_upkeep_on_delete AFTER DELETE ON tasks FOR EACH ROW EXECUTE FUNCTION tasks_board_upkeep();
--rollback DROP TRIGGER tasks_board_upkeep_on_delete ON tasks;
