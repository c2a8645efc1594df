--liquibase formatted sql

--changeset agentpane:0001-create-projects
CREATE TABLE projects (
    id                    TEXT    NOT NULL PRIMARY KEY,
    name                  TEXT    NOT NULL,
    path                  TEXT    NOT NULL CONSTRAINT projects_path_unique UNIQUE,
    description           TEXT,
    config                TEXT    CHECK (config IS NULL OR json_valid(config)),
    max_concurrent_agents INTEGER NOT NULL DEFAULT 3,
    github_owner          TEXT,
    github_repo           TEXT,
    config_path           TEXT    NOT NULL DEFAULT '.claude',
    created_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX projects_updated_at_idx ON projects (updated_at, id);
--rollback DROP TABLE projects;

--changeset agentpane:0001-create-settings
CREATE TABLE settings (
    setting_key   TEXT NOT NULL PRIMARY KEY,
    setting_value TEXT NOT NULL CHECK (json_valid(setting_value)),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
--rollback DROP TABLE settings;
