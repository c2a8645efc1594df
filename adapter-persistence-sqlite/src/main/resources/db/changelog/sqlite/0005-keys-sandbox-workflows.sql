--liquibase formatted sql

--changeset agentpane:0005-workflow-search-columns
-- Workflow searches ignore case alike in both dialects: the application stores case-folded copies of the name and the
-- description with every write and compares them with the folded search text (SQLite's lower() knows ASCII only,
-- PostgreSQL's follows the database locale). Rows from before this change get the database's lower() once.
ALTER TABLE workflows ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';
ALTER TABLE workflows ADD COLUMN description_folded TEXT;
UPDATE workflows SET name_folded = lower(name), description_folded = lower(description);
--rollback ALTER TABLE workflows DROP COLUMN description_folded; ALTER TABLE workflows DROP COLUMN name_folded;
