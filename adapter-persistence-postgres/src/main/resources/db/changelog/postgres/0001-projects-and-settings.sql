--liquibase formatted sql

--changeset agentpane:0001-create-projects
CREATE TABLE projects (
    id                    text        NOT NULL PRIMARY KEY,
    name                  text        NOT NULL,
    path                  text        NOT NULL CONSTRAINT projects_path_unique UNIQUE,
    description           text,
    config                jsonb,
    max_concurrent_agents integer     NOT NULL DEFAULT 3,
    github_owner          text,
    github_repo           text,
    config_path           text        NOT NULL DEFAULT '.claude',
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projects_updated_at_idx ON projects (updated_at, id);
--rollback DROP TABLE projects;

--changeset agentpane:0001-create-settings
CREATE TABLE settings (
    setting_key   text        NOT NULL PRIMARY KEY,
    setting_value jsonb       NOT NULL,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
--rollback DROP TABLE settings;
