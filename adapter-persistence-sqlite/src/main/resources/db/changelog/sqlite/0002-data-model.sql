--liquibase formatted sql

-- The rest of the reference's 25 tables. Generated from one table list for both dialects, so the two
-- schemas agree column by column; the schema parity test checks that they do.

--changeset agentpane:0002-create-github_installations
CREATE TABLE github_installations (
    id              TEXT NOT NULL PRIMARY KEY,
    installation_id TEXT NOT NULL,
    account_login   TEXT NOT NULL,
    account_type    TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'active',
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT github_installations_installation_id_unique UNIQUE (installation_id)
) STRICT;
--rollback DROP TABLE github_installations;

--changeset agentpane:0002-create-sandbox_configs
CREATE TABLE sandbox_configs (
    id                     TEXT NOT NULL PRIMARY KEY,
    name                   TEXT NOT NULL,
    description            TEXT,
    type                   TEXT NOT NULL DEFAULT 'docker',
    is_default             INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    base_image             TEXT NOT NULL DEFAULT 'node:22-slim',
    memory_mb              INTEGER NOT NULL DEFAULT 4096,
    cpu_cores              REAL NOT NULL DEFAULT 2.0,
    max_processes          INTEGER NOT NULL DEFAULT 256,
    timeout_minutes        INTEGER NOT NULL DEFAULT 60,
    volume_mount_path      TEXT,
    kube_config_path       TEXT,
    kube_context           TEXT,
    kube_namespace         TEXT DEFAULT 'agentpane-sandboxes',
    network_policy_enabled INTEGER NOT NULL DEFAULT 1 CHECK (network_policy_enabled IN (0, 1)),
    allowed_egress_hosts   TEXT CHECK (json_valid(allowed_egress_hosts)),
    created_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT sandbox_configs_name_unique UNIQUE (name)
) STRICT;
CREATE UNIQUE INDEX sandbox_configs_one_default_idx ON sandbox_configs (is_default) WHERE is_default = 1;
--rollback DROP TABLE sandbox_configs;

--changeset agentpane:0002-add-project-references
ALTER TABLE projects ADD COLUMN github_installation_id TEXT REFERENCES github_installations (id);
ALTER TABLE projects ADD COLUMN sandbox_config_id TEXT REFERENCES sandbox_configs (id);
CREATE INDEX projects_sandbox_config_id_idx ON projects (sandbox_config_id);
CREATE INDEX projects_github_installation_id_idx ON projects (github_installation_id);
--rollback ALTER TABLE projects DROP COLUMN sandbox_config_id; ALTER TABLE projects DROP COLUMN github_installation_id;

--changeset agentpane:0002-create-agents
CREATE TABLE agents (
    id                 TEXT NOT NULL PRIMARY KEY,
    project_id         TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name               TEXT NOT NULL,
    type               TEXT NOT NULL DEFAULT 'task',
    status             TEXT NOT NULL DEFAULT 'idle',
    config             TEXT CHECK (json_valid(config)),
    current_task_id    TEXT,
    current_session_id TEXT,
    current_turn       INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX agents_project_id_idx ON agents (project_id);
--rollback DROP TABLE agents;

--changeset agentpane:0002-create-tasks
CREATE TABLE tasks (
    id                TEXT NOT NULL PRIMARY KEY,
    project_id        TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    agent_id          TEXT REFERENCES agents (id) ON DELETE SET NULL,
    title             TEXT NOT NULL,
    description       TEXT,
    board_column      TEXT NOT NULL DEFAULT 'backlog',
    sort_key          TEXT NOT NULL,
    labels            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(labels)),
    priority          TEXT NOT NULL DEFAULT 'medium',
    branch            TEXT,
    diff_summary      TEXT CHECK (json_valid(diff_summary)),
    approved_at       TEXT,
    approved_by       TEXT,
    rejection_count   INTEGER NOT NULL DEFAULT 0,
    rejection_reason  TEXT,
    model_override    TEXT,
    plan_options      TEXT CHECK (json_valid(plan_options)),
    plan              TEXT,
    last_agent_status TEXT,
    version           INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    started_at        TEXT,
    completed_at      TEXT
) STRICT;
CREATE INDEX tasks_board_idx ON tasks (project_id, board_column, sort_key);
CREATE INDEX tasks_agent_id_idx ON tasks (agent_id);
--rollback DROP TABLE tasks;

--changeset agentpane:0002-create-sessions
CREATE TABLE sessions (
    id         TEXT NOT NULL PRIMARY KEY,
    project_id TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    task_id    TEXT REFERENCES tasks (id) ON DELETE SET NULL,
    agent_id   TEXT REFERENCES agents (id) ON DELETE SET NULL,
    status     TEXT NOT NULL DEFAULT 'idle',
    title      TEXT,
    url        TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    closed_at  TEXT
) STRICT;
CREATE INDEX sessions_project_id_idx ON sessions (project_id, created_at);
CREATE INDEX sessions_task_id_idx ON sessions (task_id);
CREATE INDEX sessions_agent_id_idx ON sessions (agent_id);
--rollback DROP TABLE sessions;

--changeset agentpane:0002-create-worktrees
CREATE TABLE worktrees (
    id          TEXT NOT NULL PRIMARY KEY,
    project_id  TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    agent_id    TEXT REFERENCES agents (id) ON DELETE SET NULL,
    task_id     TEXT REFERENCES tasks (id) ON DELETE SET NULL,
    branch      TEXT NOT NULL,
    path        TEXT NOT NULL,
    base_branch TEXT NOT NULL DEFAULT 'main',
    status      TEXT NOT NULL DEFAULT 'creating',
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    merged_at   TEXT,
    removed_at  TEXT
) STRICT;
CREATE INDEX worktrees_project_id_idx ON worktrees (project_id);
CREATE INDEX worktrees_agent_id_idx ON worktrees (agent_id);
CREATE INDEX worktrees_task_id_idx ON worktrees (task_id);
--rollback DROP TABLE worktrees;

--changeset agentpane:0002-link-tasks-to-sessions-and-worktrees
ALTER TABLE tasks ADD COLUMN session_id TEXT REFERENCES sessions (id) ON DELETE SET NULL;
ALTER TABLE tasks ADD COLUMN worktree_id TEXT REFERENCES worktrees (id) ON DELETE SET NULL;
CREATE INDEX tasks_session_id_idx ON tasks (session_id);
CREATE INDEX tasks_worktree_id_idx ON tasks (worktree_id);
--rollback ALTER TABLE tasks DROP COLUMN worktree_id; ALTER TABLE tasks DROP COLUMN session_id;

--changeset agentpane:0002-create-agent_runs
CREATE TABLE agent_runs (
    id            TEXT NOT NULL PRIMARY KEY,
    agent_id      TEXT NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    task_id       TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    project_id    TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    session_id    TEXT REFERENCES sessions (id) ON DELETE SET NULL,
    status        TEXT NOT NULL,
    started_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    completed_at  TEXT,
    turns_used    INTEGER NOT NULL DEFAULT 0,
    tokens_used   INTEGER NOT NULL DEFAULT 0,
    error_message TEXT
) STRICT;
CREATE INDEX agent_runs_agent_id_idx ON agent_runs (agent_id);
CREATE INDEX agent_runs_task_id_idx ON agent_runs (task_id);
CREATE INDEX agent_runs_project_id_idx ON agent_runs (project_id);
CREATE INDEX agent_runs_session_id_idx ON agent_runs (session_id);
--rollback DROP TABLE agent_runs;

--changeset agentpane:0002-create-session_events
CREATE TABLE session_events (
    id              TEXT NOT NULL PRIMARY KEY,
    session_id      TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    event_offset    INTEGER NOT NULL,
    type            TEXT NOT NULL,
    channel         TEXT NOT NULL,
    data            TEXT NOT NULL CHECK (json_valid(data)),
    event_timestamp INTEGER NOT NULL,
    user_id         TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT session_events_unique_offset UNIQUE (session_id, event_offset)
) STRICT;
--rollback DROP TABLE session_events;

--changeset agentpane:0002-create-session_summaries
CREATE TABLE session_summaries (
    id             TEXT NOT NULL PRIMARY KEY,
    session_id     TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    duration_ms    INTEGER,
    turns_count    INTEGER NOT NULL DEFAULT 0,
    tokens_used    INTEGER NOT NULL DEFAULT 0,
    files_modified INTEGER NOT NULL DEFAULT 0,
    lines_added    INTEGER NOT NULL DEFAULT 0,
    lines_removed  INTEGER NOT NULL DEFAULT 0,
    final_status   TEXT,
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT session_summaries_session_id_unique UNIQUE (session_id)
) STRICT;
--rollback DROP TABLE session_summaries;

--changeset agentpane:0002-create-audit_logs
CREATE TABLE audit_logs (
    id            TEXT NOT NULL PRIMARY KEY,
    agent_id      TEXT REFERENCES agents (id) ON DELETE SET NULL,
    agent_run_id  TEXT REFERENCES agent_runs (id) ON DELETE SET NULL,
    task_id       TEXT REFERENCES tasks (id) ON DELETE SET NULL,
    project_id    TEXT REFERENCES projects (id) ON DELETE CASCADE,
    tool          TEXT NOT NULL,
    status        TEXT NOT NULL,
    input         TEXT CHECK (json_valid(input)),
    output        TEXT CHECK (json_valid(output)),
    error_message TEXT,
    duration_ms   INTEGER,
    turn_number   INTEGER,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX audit_logs_agent_id_idx ON audit_logs (agent_id);
CREATE INDEX audit_logs_agent_run_id_idx ON audit_logs (agent_run_id);
CREATE INDEX audit_logs_task_id_idx ON audit_logs (task_id);
CREATE INDEX audit_logs_project_id_idx ON audit_logs (project_id);
--rollback DROP TABLE audit_logs;

--changeset agentpane:0002-create-api_keys
CREATE TABLE api_keys (
    id                TEXT NOT NULL PRIMARY KEY,
    service           TEXT NOT NULL,
    encrypted_key     TEXT NOT NULL,
    masked_key        TEXT NOT NULL,
    is_valid          INTEGER NOT NULL DEFAULT 1 CHECK (is_valid IN (0, 1)),
    last_validated_at TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT api_keys_service_unique UNIQUE (service)
) STRICT;
--rollback DROP TABLE api_keys;

--changeset agentpane:0002-create-cli_sessions
CREATE TABLE cli_sessions (
    id                  TEXT NOT NULL PRIMARY KEY,
    session_id          TEXT NOT NULL,
    file_path           TEXT NOT NULL,
    cwd                 TEXT NOT NULL,
    project_name        TEXT NOT NULL,
    project_hash        TEXT NOT NULL,
    git_branch          TEXT,
    status              TEXT NOT NULL DEFAULT 'idle',
    message_count       INTEGER NOT NULL DEFAULT 0,
    turn_count          INTEGER NOT NULL DEFAULT 0,
    goal                TEXT,
    recent_output       TEXT,
    pending_tool_use    TEXT CHECK (json_valid(pending_tool_use)),
    token_usage         TEXT CHECK (json_valid(token_usage)),
    performance_metrics TEXT CHECK (json_valid(performance_metrics)),
    model               TEXT,
    started_at          INTEGER NOT NULL,
    last_activity_at    INTEGER NOT NULL,
    is_subagent         INTEGER NOT NULL DEFAULT 0 CHECK (is_subagent IN (0, 1)),
    parent_session_id   TEXT,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT cli_sessions_session_id_unique UNIQUE (session_id)
) STRICT;
CREATE INDEX cli_sessions_project_idx ON cli_sessions (project_hash, last_activity_at);
CREATE INDEX cli_sessions_status_idx ON cli_sessions (status);
CREATE INDEX cli_sessions_last_activity_idx ON cli_sessions (last_activity_at);
--rollback DROP TABLE cli_sessions;

--changeset agentpane:0002-create-github_tokens
CREATE TABLE github_tokens (
    id                TEXT NOT NULL PRIMARY KEY,
    encrypted_token   TEXT NOT NULL,
    token_type        TEXT NOT NULL DEFAULT 'pat',
    scopes            TEXT,
    github_login      TEXT,
    github_id         TEXT,
    is_valid          INTEGER NOT NULL DEFAULT 1 CHECK (is_valid IN (0, 1)),
    last_validated_at TEXT,
    created_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
--rollback DROP TABLE github_tokens;

--changeset agentpane:0002-create-repository_configs
CREATE TABLE repository_configs (
    id              TEXT NOT NULL PRIMARY KEY,
    installation_id TEXT NOT NULL REFERENCES github_installations (id) ON DELETE CASCADE,
    owner           TEXT NOT NULL,
    repo            TEXT NOT NULL,
    config          TEXT CHECK (json_valid(config)),
    synced_at       TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX repository_configs_installation_id_idx ON repository_configs (installation_id);
--rollback DROP TABLE repository_configs;

--changeset agentpane:0002-create-marketplaces
CREATE TABLE marketplaces (
    id             TEXT NOT NULL PRIMARY KEY,
    name           TEXT NOT NULL,
    github_owner   TEXT NOT NULL,
    github_repo    TEXT NOT NULL,
    branch         TEXT NOT NULL DEFAULT 'main',
    plugins_path   TEXT NOT NULL DEFAULT 'plugins',
    is_default     INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    is_enabled     INTEGER NOT NULL DEFAULT 1 CHECK (is_enabled IN (0, 1)),
    status         TEXT NOT NULL DEFAULT 'active',
    last_sync_sha  TEXT,
    last_synced_at TEXT,
    sync_error     TEXT,
    cached_plugins TEXT CHECK (json_valid(cached_plugins)),
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT marketplaces_repository_unique UNIQUE (github_owner, github_repo)
) STRICT;
--rollback DROP TABLE marketplaces;

--changeset agentpane:0002-create-plan_sessions
CREATE TABLE plan_sessions (
    id                  TEXT NOT NULL PRIMARY KEY,
    task_id             TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
    project_id          TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    status              TEXT NOT NULL DEFAULT 'active',
    turns               TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(turns)),
    github_issue_url    TEXT,
    github_issue_number INTEGER,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    completed_at        TEXT,
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX plan_sessions_task_id_idx ON plan_sessions (task_id);
CREATE INDEX plan_sessions_project_id_idx ON plan_sessions (project_id);
--rollback DROP TABLE plan_sessions;

--changeset agentpane:0002-create-sandbox_instances
CREATE TABLE sandbox_instances (
    id                   TEXT NOT NULL PRIMARY KEY,
    project_id           TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    container_id         TEXT NOT NULL,
    status               TEXT NOT NULL DEFAULT 'stopped',
    image                TEXT NOT NULL,
    memory_mb            INTEGER NOT NULL,
    cpu_cores            REAL NOT NULL,
    idle_timeout_minutes INTEGER NOT NULL,
    volume_mounts        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(volume_mounts)),
    env                  TEXT CHECK (json_valid(env)),
    error_message        TEXT,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_activity_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    stopped_at           TEXT,
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT sandbox_instances_project_id_unique UNIQUE (project_id)
) STRICT;
--rollback DROP TABLE sandbox_instances;

--changeset agentpane:0002-create-sandbox_tmux_sessions
CREATE TABLE sandbox_tmux_sessions (
    id               TEXT NOT NULL PRIMARY KEY,
    sandbox_id       TEXT NOT NULL REFERENCES sandbox_instances (id) ON DELETE CASCADE,
    session_name     TEXT NOT NULL,
    task_id          TEXT REFERENCES tasks (id) ON DELETE SET NULL,
    window_count     INTEGER NOT NULL DEFAULT 1,
    attached         INTEGER NOT NULL DEFAULT 0 CHECK (attached IN (0, 1)),
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    last_activity_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT sandbox_session_unique UNIQUE (sandbox_id, session_name)
) STRICT;
CREATE INDEX sandbox_tmux_sessions_task_id_idx ON sandbox_tmux_sessions (task_id);
--rollback DROP TABLE sandbox_tmux_sessions;

--changeset agentpane:0002-create-templates
CREATE TABLE templates (
    id                    TEXT NOT NULL PRIMARY KEY,
    name                  TEXT NOT NULL,
    description           TEXT,
    scope                 TEXT NOT NULL,
    github_owner          TEXT NOT NULL,
    github_repo           TEXT NOT NULL,
    branch                TEXT NOT NULL DEFAULT 'main',
    config_path           TEXT NOT NULL DEFAULT '.claude',
    project_id            TEXT REFERENCES projects (id) ON DELETE CASCADE,
    status                TEXT NOT NULL DEFAULT 'active',
    last_sync_sha         TEXT,
    last_synced_at        TEXT,
    sync_error            TEXT,
    sync_interval_minutes INTEGER,
    next_sync_at          TEXT,
    cached_skills         TEXT CHECK (json_valid(cached_skills)),
    cached_commands       TEXT CHECK (json_valid(cached_commands)),
    cached_agents         TEXT CHECK (json_valid(cached_agents)),
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT templates_repository_scope_unique UNIQUE (github_owner, github_repo, scope)
) STRICT;
CREATE INDEX templates_project_id_idx ON templates (project_id);
CREATE INDEX templates_next_sync_idx ON templates (next_sync_at);
--rollback DROP TABLE templates;

--changeset agentpane:0002-create-template_projects
CREATE TABLE template_projects (
    template_id TEXT NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
    project_id  TEXT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    PRIMARY KEY (template_id, project_id)
) STRICT;
CREATE INDEX template_projects_project_id_idx ON template_projects (project_id);
--rollback DROP TABLE template_projects;

--changeset agentpane:0002-create-terraform_registries
CREATE TABLE terraform_registries (
    id                    TEXT NOT NULL PRIMARY KEY,
    name                  TEXT NOT NULL,
    org_name              TEXT NOT NULL,
    token_setting_key     TEXT NOT NULL,
    status                TEXT NOT NULL DEFAULT 'active',
    last_synced_at        TEXT,
    sync_error            TEXT,
    module_count          INTEGER NOT NULL DEFAULT 0,
    sync_interval_minutes INTEGER,
    next_sync_at          TEXT,
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CONSTRAINT terraform_registries_org_name_unique UNIQUE (org_name)
) STRICT;
--rollback DROP TABLE terraform_registries;

--changeset agentpane:0002-create-terraform_modules
CREATE TABLE terraform_modules (
    id           TEXT NOT NULL PRIMARY KEY,
    registry_id  TEXT NOT NULL REFERENCES terraform_registries (id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    namespace    TEXT NOT NULL,
    provider     TEXT NOT NULL,
    version      TEXT NOT NULL,
    source       TEXT NOT NULL,
    description  TEXT,
    readme       TEXT,
    inputs       TEXT CHECK (json_valid(inputs)),
    outputs      TEXT CHECK (json_valid(outputs)),
    dependencies TEXT CHECK (json_valid(dependencies)),
    published_at TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX terraform_modules_lookup_idx ON terraform_modules (registry_id, provider, name);
CREATE INDEX terraform_modules_provider_idx ON terraform_modules (provider);
CREATE INDEX terraform_modules_name_idx ON terraform_modules (name);
--rollback DROP TABLE terraform_modules;

--changeset agentpane:0002-create-workflows
CREATE TABLE workflows (
    id                   TEXT NOT NULL PRIMARY KEY,
    name                 TEXT NOT NULL,
    description          TEXT,
    nodes                TEXT CHECK (json_valid(nodes)),
    edges                TEXT CHECK (json_valid(edges)),
    source_template_id   TEXT REFERENCES templates (id) ON DELETE SET NULL,
    source_template_name TEXT,
    viewport             TEXT CHECK (json_valid(viewport)),
    status               TEXT NOT NULL DEFAULT 'draft',
    tags                 TEXT CHECK (json_valid(tags)),
    thumbnail            TEXT,
    ai_generated         INTEGER CHECK (ai_generated IN (0, 1)),
    ai_model             TEXT,
    ai_confidence        INTEGER,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;
CREATE INDEX workflows_status_idx ON workflows (status, updated_at);
CREATE INDEX workflows_source_template_id_idx ON workflows (source_template_id);
--rollback DROP TABLE workflows;

