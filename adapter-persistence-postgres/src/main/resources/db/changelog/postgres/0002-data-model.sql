--liquibase formatted sql

-- The rest of the reference's 25 tables. Generated from one table list for both dialects, so the two
-- schemas agree column by column; the schema parity test checks that they do.

--changeset agentpane:0002-create-github_installations
CREATE TABLE github_installations (
    id              text NOT NULL PRIMARY KEY,
    installation_id text NOT NULL,
    account_login   text NOT NULL,
    account_type    text NOT NULL,
    status          text NOT NULL DEFAULT 'active',
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT github_installations_installation_id_unique UNIQUE (installation_id)
);
--rollback DROP TABLE github_installations;

--changeset agentpane:0002-create-sandbox_configs
CREATE TABLE sandbox_configs (
    id                     text NOT NULL PRIMARY KEY,
    name                   text NOT NULL,
    description            text,
    type                   text NOT NULL DEFAULT 'docker',
    is_default             boolean NOT NULL DEFAULT false,
    base_image             text NOT NULL DEFAULT 'node:22-slim',
    memory_mb              integer NOT NULL DEFAULT 4096,
    cpu_cores              double precision NOT NULL DEFAULT 2.0,
    max_processes          integer NOT NULL DEFAULT 256,
    timeout_minutes        integer NOT NULL DEFAULT 60,
    volume_mount_path      text,
    kube_config_path       text,
    kube_context           text,
    kube_namespace         text DEFAULT 'agentpane-sandboxes',
    network_policy_enabled boolean NOT NULL DEFAULT true,
    allowed_egress_hosts   jsonb,
    created_at             timestamptz NOT NULL DEFAULT now(),
    updated_at             timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sandbox_configs_name_unique UNIQUE (name)
);
CREATE UNIQUE INDEX sandbox_configs_one_default_idx ON sandbox_configs (is_default) WHERE is_default;
--rollback DROP TABLE sandbox_configs;

--changeset agentpane:0002-add-project-references
ALTER TABLE projects ADD COLUMN github_installation_id text REFERENCES github_installations (id) DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE projects ADD COLUMN sandbox_config_id text REFERENCES sandbox_configs (id) DEFERRABLE INITIALLY IMMEDIATE;
CREATE INDEX projects_sandbox_config_id_idx ON projects (sandbox_config_id);
CREATE INDEX projects_github_installation_id_idx ON projects (github_installation_id);
--rollback ALTER TABLE projects DROP COLUMN sandbox_config_id; ALTER TABLE projects DROP COLUMN github_installation_id;

--changeset agentpane:0002-create-agents
CREATE TABLE agents (
    id                 text NOT NULL PRIMARY KEY,
    project_id         text NOT NULL REFERENCES projects (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    name               text NOT NULL,
    type               text NOT NULL DEFAULT 'task',
    status             text NOT NULL DEFAULT 'idle',
    config             jsonb,
    current_task_id    text,
    current_session_id text,
    current_turn       integer NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agents_project_id_idx ON agents (project_id);
--rollback DROP TABLE agents;

--changeset agentpane:0002-create-tasks
CREATE TABLE tasks (
    id                text NOT NULL PRIMARY KEY,
    project_id        text NOT NULL REFERENCES projects (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    agent_id          text REFERENCES agents (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    title             text NOT NULL,
    description       text,
    board_column      text NOT NULL DEFAULT 'backlog',
    sort_key          text COLLATE "C" NOT NULL,
    labels            jsonb NOT NULL DEFAULT '[]',
    priority          text NOT NULL DEFAULT 'medium',
    branch            text,
    diff_summary      jsonb,
    approved_at       timestamptz,
    approved_by       text,
    rejection_count   integer NOT NULL DEFAULT 0,
    rejection_reason  text,
    model_override    text,
    plan_options      jsonb,
    plan              text,
    last_agent_status text,
    version           bigint NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    started_at        timestamptz,
    completed_at      timestamptz
);
CREATE INDEX tasks_board_idx ON tasks (project_id, board_column, sort_key);
CREATE INDEX tasks_agent_id_idx ON tasks (agent_id);
--rollback DROP TABLE tasks;

--changeset agentpane:0002-create-sessions
CREATE TABLE sessions (
    id         text NOT NULL PRIMARY KEY,
    project_id text NOT NULL REFERENCES projects (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    task_id    text REFERENCES tasks (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    agent_id   text REFERENCES agents (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    status     text NOT NULL DEFAULT 'idle',
    title      text,
    url        text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    closed_at  timestamptz
);
CREATE INDEX sessions_project_id_idx ON sessions (project_id, created_at);
CREATE INDEX sessions_task_id_idx ON sessions (task_id);
CREATE INDEX sessions_agent_id_idx ON sessions (agent_id);
--rollback DROP TABLE sessions;

--changeset agentpane:0002-create-worktrees
CREATE TABLE worktrees (
    id          text NOT NULL PRIMARY KEY,
    project_id  text NOT NULL REFERENCES projects (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    agent_id    text REFERENCES agents (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    task_id     text REFERENCES tasks (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    branch      text NOT NULL,
    path        text NOT NULL,
    base_branch text NOT NULL DEFAULT 'main',
    status      text NOT NULL DEFAULT 'creating',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    merged_at   timestamptz,
    removed_at  timestamptz
);
CREATE INDEX worktrees_project_id_idx ON worktrees (project_id);
CREATE INDEX worktrees_agent_id_idx ON worktrees (agent_id);
CREATE INDEX worktrees_task_id_idx ON worktrees (task_id);
--rollback DROP TABLE worktrees;

--changeset agentpane:0002-link-tasks-to-sessions-and-worktrees
ALTER TABLE tasks ADD COLUMN session_id text REFERENCES sessions (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE tasks ADD COLUMN worktree_id text REFERENCES worktrees (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE;
CREATE INDEX tasks_session_id_idx ON tasks (session_id);
CREATE INDEX tasks_worktree_id_idx ON tasks (worktree_id);
--rollback ALTER TABLE tasks DROP COLUMN worktree_id; ALTER TABLE tasks DROP COLUMN session_id;

--changeset agentpane:0002-create-agent_runs
CREATE TABLE agent_runs (
    id            text NOT NULL PRIMARY KEY,
    agent_id      text NOT NULL REFERENCES agents (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    task_id       text NOT NULL REFERENCES tasks (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    project_id    text NOT NULL REFERENCES projects (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    session_id    text REFERENCES sessions (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    status        text NOT NULL,
    started_at    timestamptz NOT NULL DEFAULT now(),
    completed_at  timestamptz,
    turns_used    integer NOT NULL DEFAULT 0,
    tokens_used   bigint NOT NULL DEFAULT 0,
    error_message text
);
CREATE INDEX agent_runs_agent_id_idx ON agent_runs (agent_id);
CREATE INDEX agent_runs_task_id_idx ON agent_runs (task_id);
CREATE INDEX agent_runs_project_id_idx ON agent_runs (project_id);
CREATE INDEX agent_runs_session_id_idx ON agent_runs (session_id);
--rollback DROP TABLE agent_runs;

--changeset agentpane:0002-create-session_events
CREATE TABLE session_events (
    id              text NOT NULL PRIMARY KEY,
    session_id      text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    event_offset    bigint NOT NULL,
    type            text NOT NULL,
    channel         text NOT NULL,
    data            jsonb NOT NULL,
    event_timestamp bigint NOT NULL,
    user_id         text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT session_events_unique_offset UNIQUE (session_id, event_offset)
);
--rollback DROP TABLE session_events;

--changeset agentpane:0002-create-session_summaries
CREATE TABLE session_summaries (
    id             text NOT NULL PRIMARY KEY,
    session_id     text NOT NULL REFERENCES sessions (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    duration_ms    bigint,
    turns_count    integer NOT NULL DEFAULT 0,
    tokens_used    bigint NOT NULL DEFAULT 0,
    files_modified integer NOT NULL DEFAULT 0,
    lines_added    integer NOT NULL DEFAULT 0,
    lines_removed  integer NOT NULL DEFAULT 0,
    final_status   text,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT session_summaries_session_id_unique UNIQUE (session_id)
);
--rollback DROP TABLE session_summaries;

--changeset agentpane:0002-create-audit_logs
CREATE TABLE audit_logs (
    id            text NOT NULL PRIMARY KEY,
    agent_id      text REFERENCES agents (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    agent_run_id  text REFERENCES agent_runs (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    task_id       text REFERENCES tasks (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    project_id    text REFERENCES projects (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    tool          text NOT NULL,
    status        text NOT NULL,
    input         jsonb,
    output        jsonb,
    error_message text,
    duration_ms   bigint,
    turn_number   integer,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_logs_agent_id_idx ON audit_logs (agent_id);
CREATE INDEX audit_logs_agent_run_id_idx ON audit_logs (agent_run_id);
CREATE INDEX audit_logs_task_id_idx ON audit_logs (task_id);
CREATE INDEX audit_logs_project_id_idx ON audit_logs (project_id);
--rollback DROP TABLE audit_logs;

--changeset agentpane:0002-create-api_keys
CREATE TABLE api_keys (
    id                text NOT NULL PRIMARY KEY,
    service           text NOT NULL,
    encrypted_key     text NOT NULL,
    masked_key        text NOT NULL,
    is_valid          boolean NOT NULL DEFAULT true,
    last_validated_at timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT api_keys_service_unique UNIQUE (service)
);
--rollback DROP TABLE api_keys;

--changeset agentpane:0002-create-cli_sessions
CREATE TABLE cli_sessions (
    id                  text NOT NULL PRIMARY KEY,
    session_id          text NOT NULL,
    file_path           text NOT NULL,
    cwd                 text NOT NULL,
    project_name        text NOT NULL,
    project_hash        text NOT NULL,
    git_branch          text,
    status              text NOT NULL DEFAULT 'idle',
    message_count       integer NOT NULL DEFAULT 0,
    turn_count          integer NOT NULL DEFAULT 0,
    goal                text,
    recent_output       text,
    pending_tool_use    jsonb,
    token_usage         jsonb,
    performance_metrics jsonb,
    model               text,
    started_at          bigint NOT NULL,
    last_activity_at    bigint NOT NULL,
    is_subagent         boolean NOT NULL DEFAULT false,
    parent_session_id   text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT cli_sessions_session_id_unique UNIQUE (session_id)
);
CREATE INDEX cli_sessions_project_idx ON cli_sessions (project_hash, last_activity_at);
CREATE INDEX cli_sessions_status_idx ON cli_sessions (status);
CREATE INDEX cli_sessions_last_activity_idx ON cli_sessions (last_activity_at);
--rollback DROP TABLE cli_sessions;

--changeset agentpane:0002-create-github_tokens
CREATE TABLE github_tokens (
    id                text NOT NULL PRIMARY KEY,
    encrypted_token   text NOT NULL,
    token_type        text NOT NULL DEFAULT 'pat',
    scopes            text,
    github_login      text,
    github_id         text,
    is_valid          boolean NOT NULL DEFAULT true,
    last_validated_at timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
--rollback DROP TABLE github_tokens;

--changeset agentpane:0002-create-repository_configs
CREATE TABLE repository_configs (
    id              text NOT NULL PRIMARY KEY,
    installation_id text NOT NULL REFERENCES github_installations (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    owner           text NOT NULL,
    repo            text NOT NULL,
    config          jsonb,
    synced_at       timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX repository_configs_installation_id_idx ON repository_configs (installation_id);
--rollback DROP TABLE repository_configs;

--changeset agentpane:0002-create-marketplaces
CREATE TABLE marketplaces (
    id             text NOT NULL PRIMARY KEY,
    name           text NOT NULL,
    github_owner   text NOT NULL,
    github_repo    text NOT NULL,
    branch         text NOT NULL DEFAULT 'main',
    plugins_path   text NOT NULL DEFAULT 'plugins',
    is_default     boolean NOT NULL DEFAULT false,
    is_enabled     boolean NOT NULL DEFAULT true,
    status         text NOT NULL DEFAULT 'active',
    last_sync_sha  text,
    last_synced_at timestamptz,
    sync_error     text,
    cached_plugins jsonb,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT marketplaces_repository_unique UNIQUE (github_owner, github_repo)
);
--rollback DROP TABLE marketplaces;

--changeset agentpane:0002-create-plan_sessions
CREATE TABLE plan_sessions (
    id                  text NOT NULL PRIMARY KEY,
    task_id             text NOT NULL REFERENCES tasks (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    project_id          text NOT NULL REFERENCES projects (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    status              text NOT NULL DEFAULT 'active',
    turns               jsonb NOT NULL DEFAULT '[]',
    github_issue_url    text,
    github_issue_number integer,
    created_at          timestamptz NOT NULL DEFAULT now(),
    completed_at        timestamptz,
    updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_sessions_task_id_idx ON plan_sessions (task_id);
CREATE INDEX plan_sessions_project_id_idx ON plan_sessions (project_id);
--rollback DROP TABLE plan_sessions;

--changeset agentpane:0002-create-sandbox_instances
CREATE TABLE sandbox_instances (
    id                   text NOT NULL PRIMARY KEY,
    project_id           text NOT NULL REFERENCES projects (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    container_id         text NOT NULL,
    status               text NOT NULL DEFAULT 'stopped',
    image                text NOT NULL,
    memory_mb            integer NOT NULL,
    cpu_cores            double precision NOT NULL,
    idle_timeout_minutes integer NOT NULL,
    volume_mounts        jsonb NOT NULL DEFAULT '[]',
    env                  jsonb,
    error_message        text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    last_activity_at     timestamptz NOT NULL DEFAULT now(),
    stopped_at           timestamptz,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sandbox_instances_project_id_unique UNIQUE (project_id)
);
--rollback DROP TABLE sandbox_instances;

--changeset agentpane:0002-create-sandbox_tmux_sessions
CREATE TABLE sandbox_tmux_sessions (
    id               text NOT NULL PRIMARY KEY,
    sandbox_id       text NOT NULL REFERENCES sandbox_instances (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    session_name     text NOT NULL,
    task_id          text REFERENCES tasks (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    window_count     integer NOT NULL DEFAULT 1,
    attached         boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    last_activity_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT sandbox_session_unique UNIQUE (sandbox_id, session_name)
);
CREATE INDEX sandbox_tmux_sessions_task_id_idx ON sandbox_tmux_sessions (task_id);
--rollback DROP TABLE sandbox_tmux_sessions;

--changeset agentpane:0002-create-templates
CREATE TABLE templates (
    id                    text NOT NULL PRIMARY KEY,
    name                  text NOT NULL,
    description           text,
    scope                 text NOT NULL,
    github_owner          text NOT NULL,
    github_repo           text NOT NULL,
    branch                text NOT NULL DEFAULT 'main',
    config_path           text NOT NULL DEFAULT '.claude',
    project_id            text REFERENCES projects (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    status                text NOT NULL DEFAULT 'active',
    last_sync_sha         text,
    last_synced_at        timestamptz,
    sync_error            text,
    sync_interval_minutes integer,
    next_sync_at          timestamptz,
    cached_skills         jsonb,
    cached_commands       jsonb,
    cached_agents         jsonb,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT templates_repository_scope_unique UNIQUE (github_owner, github_repo, scope)
);
CREATE INDEX templates_project_id_idx ON templates (project_id);
CREATE INDEX templates_next_sync_idx ON templates (next_sync_at);
--rollback DROP TABLE templates;

--changeset agentpane:0002-create-template_projects
CREATE TABLE template_projects (
    template_id text NOT NULL REFERENCES templates (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    project_id  text NOT NULL REFERENCES projects (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (template_id, project_id)
);
CREATE INDEX template_projects_project_id_idx ON template_projects (project_id);
--rollback DROP TABLE template_projects;

--changeset agentpane:0002-create-terraform_registries
CREATE TABLE terraform_registries (
    id                    text NOT NULL PRIMARY KEY,
    name                  text NOT NULL,
    org_name              text NOT NULL,
    token_setting_key     text NOT NULL,
    status                text NOT NULL DEFAULT 'active',
    last_synced_at        timestamptz,
    sync_error            text,
    module_count          integer NOT NULL DEFAULT 0,
    sync_interval_minutes integer,
    next_sync_at          timestamptz,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT terraform_registries_org_name_unique UNIQUE (org_name)
);
--rollback DROP TABLE terraform_registries;

--changeset agentpane:0002-create-terraform_modules
CREATE TABLE terraform_modules (
    id           text NOT NULL PRIMARY KEY,
    registry_id  text NOT NULL REFERENCES terraform_registries (id) ON DELETE CASCADE DEFERRABLE INITIALLY IMMEDIATE,
    name         text NOT NULL,
    namespace    text NOT NULL,
    provider     text NOT NULL,
    version      text NOT NULL,
    source       text NOT NULL,
    description  text,
    readme       text,
    inputs       jsonb,
    outputs      jsonb,
    dependencies jsonb,
    published_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX terraform_modules_lookup_idx ON terraform_modules (registry_id, provider, name);
CREATE INDEX terraform_modules_provider_idx ON terraform_modules (provider);
CREATE INDEX terraform_modules_name_idx ON terraform_modules (name);
--rollback DROP TABLE terraform_modules;

--changeset agentpane:0002-create-workflows
CREATE TABLE workflows (
    id                   text NOT NULL PRIMARY KEY,
    name                 text NOT NULL,
    description          text,
    nodes                jsonb,
    edges                jsonb,
    source_template_id   text REFERENCES templates (id) ON DELETE SET NULL DEFERRABLE INITIALLY IMMEDIATE,
    source_template_name text,
    viewport             jsonb,
    status               text NOT NULL DEFAULT 'draft',
    tags                 jsonb,
    thumbnail            text,
    ai_generated         boolean,
    ai_model             text,
    ai_confidence        integer,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX workflows_status_idx ON workflows (status, updated_at);
CREATE INDEX workflows_source_template_id_idx ON workflows (source_template_id);
--rollback DROP TABLE workflows;

