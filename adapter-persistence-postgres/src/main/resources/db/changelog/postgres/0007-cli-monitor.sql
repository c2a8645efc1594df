--liquibase formatted sql

--changeset agentpane:0007-cli-monitor
-- How far the daemon has read each session's transcript: the live view and the history show the same session.
ALTER TABLE cli_sessions ADD COLUMN last_read_offset bigint NOT NULL DEFAULT 0;
--rollback ALTER TABLE cli_sessions DROP COLUMN last_read_offset;
