-- The SQLite schema that the original AgentPane (TypeScript, commit 846767a) creates at start-up, written from
-- reference §1 ("SQLite (runtime DDL)") and §6.1: untyped TEXT for timestamps and JSON, INTEGER 0/1 booleans,
-- datetime('now') defaults, no CHECKs, the foreign keys the runtime DDL has (sessions.task_id, worktrees.task_id,
-- projects.github_installation_id, projects.sandbox_config_id and terraform_modules.registry_id have none), and
-- without plan_sessions, sandbox_instances and sandbox_tmux_sessions, which the runtime never created.
CREATE TABLE IF NOT EXISTS "projects" (
  "id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "path" TEXT NOT NULL UNIQUE, "description" TEXT, "config" TEXT,
  "max_concurrent_agents" INTEGER DEFAULT 3, "github_owner" TEXT, "github_repo" TEXT, "github_installation_id" TEXT,
  "config_path" TEXT DEFAULT '.claude', "sandbox_config_id" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "github_installations" (
  "id" TEXT PRIMARY KEY NOT NULL, "installation_id" TEXT NOT NULL UNIQUE, "account_login" TEXT NOT NULL, "account_type" TEXT NOT NULL,
  "status" TEXT DEFAULT 'active' NOT NULL, "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "github_tokens" (
  "id" TEXT PRIMARY KEY NOT NULL, "encrypted_token" TEXT NOT NULL, "token_type" TEXT NOT NULL DEFAULT 'pat', "scopes" TEXT,
  "github_login" TEXT, "github_id" TEXT, "is_valid" INTEGER DEFAULT 1, "last_validated_at" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "repository_configs" (
  "id" TEXT PRIMARY KEY NOT NULL, "installation_id" TEXT NOT NULL REFERENCES "github_installations"("id") ON DELETE CASCADE,
  "owner" TEXT NOT NULL, "repo" TEXT NOT NULL, "config" TEXT, "synced_at" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "agents" (
  "id" TEXT PRIMARY KEY NOT NULL, "project_id" TEXT NOT NULL REFERENCES "projects"("id") ON DELETE CASCADE, "name" TEXT NOT NULL,
  "type" TEXT DEFAULT 'task' NOT NULL, "status" TEXT DEFAULT 'idle' NOT NULL, "config" TEXT, "current_task_id" TEXT,
  "current_session_id" TEXT, "current_turn" INTEGER DEFAULT 0,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "sessions" (
  "id" TEXT PRIMARY KEY NOT NULL, "project_id" TEXT NOT NULL REFERENCES "projects"("id") ON DELETE CASCADE, "task_id" TEXT,
  "agent_id" TEXT REFERENCES "agents"("id") ON DELETE SET NULL, "status" TEXT DEFAULT 'idle' NOT NULL, "title" TEXT,
  "url" TEXT NOT NULL, "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL,
  "closed_at" TEXT);
CREATE TABLE IF NOT EXISTS "worktrees" (
  "id" TEXT PRIMARY KEY NOT NULL, "project_id" TEXT NOT NULL REFERENCES "projects"("id") ON DELETE CASCADE,
  "agent_id" TEXT REFERENCES "agents"("id") ON DELETE SET NULL, "task_id" TEXT, "branch" TEXT NOT NULL, "path" TEXT NOT NULL,
  "base_branch" TEXT DEFAULT 'main' NOT NULL, "status" TEXT DEFAULT 'creating' NOT NULL,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL,
  "merged_at" TEXT, "removed_at" TEXT);
CREATE TABLE IF NOT EXISTS "tasks" (
  "id" TEXT PRIMARY KEY NOT NULL, "project_id" TEXT NOT NULL REFERENCES "projects"("id") ON DELETE CASCADE,
  "agent_id" TEXT REFERENCES "agents"("id") ON DELETE SET NULL, "session_id" TEXT REFERENCES "sessions"("id") ON DELETE SET NULL,
  "worktree_id" TEXT REFERENCES "worktrees"("id") ON DELETE SET NULL, "title" TEXT NOT NULL, "description" TEXT,
  "column" TEXT DEFAULT 'backlog' NOT NULL, "position" INTEGER DEFAULT 0 NOT NULL, "labels" TEXT DEFAULT '[]',
  "priority" TEXT DEFAULT 'medium', "branch" TEXT, "diff_summary" TEXT, "approved_at" TEXT, "approved_by" TEXT,
  "rejection_count" INTEGER DEFAULT 0, "rejection_reason" TEXT, "model_override" TEXT, "plan_options" TEXT, "plan" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL,
  "started_at" TEXT, "completed_at" TEXT, "last_agent_status" TEXT);
CREATE TABLE IF NOT EXISTS "agent_runs" (
  "id" TEXT PRIMARY KEY NOT NULL, "agent_id" TEXT NOT NULL REFERENCES "agents"("id") ON DELETE CASCADE,
  "task_id" TEXT NOT NULL REFERENCES "tasks"("id") ON DELETE CASCADE, "project_id" TEXT NOT NULL REFERENCES "projects"("id") ON DELETE CASCADE,
  "session_id" TEXT REFERENCES "sessions"("id") ON DELETE SET NULL, "status" TEXT NOT NULL,
  "started_at" TEXT DEFAULT (datetime('now')) NOT NULL, "completed_at" TEXT, "turns_used" INTEGER DEFAULT 0,
  "tokens_used" INTEGER DEFAULT 0, "error_message" TEXT);
CREATE TABLE IF NOT EXISTS "audit_logs" (
  "id" TEXT PRIMARY KEY NOT NULL, "agent_id" TEXT REFERENCES "agents"("id") ON DELETE SET NULL,
  "agent_run_id" TEXT REFERENCES "agent_runs"("id") ON DELETE SET NULL, "task_id" TEXT REFERENCES "tasks"("id") ON DELETE SET NULL,
  "project_id" TEXT REFERENCES "projects"("id") ON DELETE CASCADE, "tool" TEXT NOT NULL, "status" TEXT NOT NULL, "input" TEXT,
  "output" TEXT, "error_message" TEXT, "duration_ms" INTEGER, "turn_number" INTEGER, "created_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "api_keys" (
  "id" TEXT PRIMARY KEY NOT NULL, "service" TEXT NOT NULL UNIQUE, "encrypted_key" TEXT NOT NULL, "masked_key" TEXT NOT NULL,
  "is_valid" INTEGER DEFAULT 1, "last_validated_at" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "settings" (
  "key" TEXT PRIMARY KEY NOT NULL, "value" TEXT NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "templates" (
  "id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "description" TEXT, "scope" TEXT NOT NULL, "github_owner" TEXT NOT NULL,
  "github_repo" TEXT NOT NULL, "branch" TEXT DEFAULT 'main', "config_path" TEXT DEFAULT '.claude',
  "project_id" TEXT REFERENCES "projects"("id") ON DELETE CASCADE, "status" TEXT DEFAULT 'active', "last_sync_sha" TEXT,
  "last_synced_at" TEXT, "sync_error" TEXT, "cached_skills" TEXT, "cached_commands" TEXT, "cached_agents" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL,
  "sync_interval_minutes" INTEGER, "next_sync_at" TEXT);
CREATE TABLE IF NOT EXISTS "template_projects" (
  "template_id" TEXT NOT NULL REFERENCES "templates"("id") ON DELETE CASCADE,
  "project_id" TEXT NOT NULL REFERENCES "projects"("id") ON DELETE CASCADE,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, PRIMARY KEY ("template_id", "project_id"));
CREATE TABLE IF NOT EXISTS "sandbox_configs" (
  "id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "description" TEXT, "type" TEXT NOT NULL DEFAULT 'docker',
  "is_default" INTEGER DEFAULT 0, "base_image" TEXT NOT NULL DEFAULT 'node:22-slim', "memory_mb" INTEGER NOT NULL DEFAULT 4096,
  "cpu_cores" REAL NOT NULL DEFAULT 2.0, "max_processes" INTEGER NOT NULL DEFAULT 256, "timeout_minutes" INTEGER NOT NULL DEFAULT 60,
  "volume_mount_path" TEXT, "kube_config_path" TEXT, "kube_context" TEXT, "kube_namespace" TEXT DEFAULT 'agentpane-sandboxes',
  "network_policy_enabled" INTEGER DEFAULT 1, "allowed_egress_hosts" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "session_events" (
  "id" TEXT PRIMARY KEY NOT NULL, "session_id" TEXT NOT NULL REFERENCES "sessions"("id") ON DELETE CASCADE,
  "offset" INTEGER NOT NULL, "type" TEXT NOT NULL, "channel" TEXT NOT NULL, "data" TEXT NOT NULL, "timestamp" INTEGER NOT NULL,
  "user_id" TEXT, "created_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE INDEX IF NOT EXISTS "session_events_session_idx" ON "session_events"("session_id");
CREATE INDEX IF NOT EXISTS "session_events_offset_idx" ON "session_events"("session_id", "offset");
CREATE UNIQUE INDEX IF NOT EXISTS "session_events_unique_offset" ON "session_events"("session_id", "offset");
CREATE TABLE IF NOT EXISTS "session_summaries" (
  "id" TEXT PRIMARY KEY NOT NULL, "session_id" TEXT NOT NULL UNIQUE REFERENCES "sessions"("id") ON DELETE CASCADE,
  "duration_ms" INTEGER, "turns_count" INTEGER DEFAULT 0, "tokens_used" INTEGER DEFAULT 0, "files_modified" INTEGER DEFAULT 0,
  "lines_added" INTEGER DEFAULT 0, "lines_removed" INTEGER DEFAULT 0, "final_status" TEXT,
  "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "marketplaces" (
  "id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "github_owner" TEXT NOT NULL, "github_repo" TEXT NOT NULL,
  "branch" TEXT DEFAULT 'main', "plugins_path" TEXT DEFAULT 'plugins', "is_default" INTEGER DEFAULT 0, "is_enabled" INTEGER DEFAULT 1,
  "status" TEXT DEFAULT 'active', "last_sync_sha" TEXT, "last_synced_at" TEXT, "sync_error" TEXT, "cached_plugins" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
INSERT OR IGNORE INTO "marketplaces" ("id", "name", "github_owner", "github_repo", "branch", "plugins_path", "is_default", "is_enabled", "status")
  VALUES ('anthropic-official-marketplace', 'Claude Plugins Official', 'anthropics', 'claude-plugins-official', 'main', 'plugins', 1, 1, 'active');
CREATE INDEX IF NOT EXISTS idx_tasks_agent_id ON tasks(agent_id);
CREATE INDEX IF NOT EXISTS idx_tasks_kanban ON tasks(project_id, "column", "position");
CREATE INDEX IF NOT EXISTS idx_agents_project_id ON agents(project_id);
CREATE INDEX IF NOT EXISTS idx_worktrees_project_id ON worktrees(project_id);
CREATE TABLE IF NOT EXISTS "cli_sessions" (
  "id" TEXT PRIMARY KEY NOT NULL, "session_id" TEXT NOT NULL UNIQUE, "file_path" TEXT NOT NULL, "cwd" TEXT NOT NULL,
  "project_name" TEXT NOT NULL, "project_hash" TEXT NOT NULL, "git_branch" TEXT, "status" TEXT NOT NULL DEFAULT 'idle',
  "message_count" INTEGER NOT NULL DEFAULT 0, "turn_count" INTEGER NOT NULL DEFAULT 0, "goal" TEXT, "recent_output" TEXT,
  "pending_tool_use" TEXT, "token_usage" TEXT, "model" TEXT, "started_at" INTEGER NOT NULL, "last_activity_at" INTEGER NOT NULL,
  "is_subagent" INTEGER NOT NULL DEFAULT 0, "parent_session_id" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE INDEX IF NOT EXISTS idx_cli_sessions_project ON cli_sessions(project_hash, last_activity_at);
ALTER TABLE cli_sessions ADD COLUMN performance_metrics TEXT;
CREATE TABLE IF NOT EXISTS "terraform_registries" (
  "id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "org_name" TEXT NOT NULL, "token_setting_key" TEXT NOT NULL,
  "status" TEXT DEFAULT 'active', "last_synced_at" TEXT, "sync_error" TEXT, "module_count" INTEGER DEFAULT 0,
  "sync_interval_minutes" INTEGER, "next_sync_at" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE TABLE IF NOT EXISTS "terraform_modules" (
  "id" TEXT PRIMARY KEY NOT NULL, "registry_id" TEXT NOT NULL, "name" TEXT NOT NULL, "namespace" TEXT NOT NULL,
  "provider" TEXT NOT NULL, "version" TEXT NOT NULL, "source" TEXT NOT NULL, "description" TEXT, "readme" TEXT, "inputs" TEXT,
  "outputs" TEXT, "dependencies" TEXT, "published_at" TEXT,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
CREATE INDEX IF NOT EXISTS idx_tf_modules_registry ON terraform_modules(registry_id);
CREATE TABLE IF NOT EXISTS "workflows" (
  "id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "description" TEXT, "nodes" TEXT, "edges" TEXT,
  "source_template_id" TEXT REFERENCES "templates"("id") ON DELETE SET NULL, "source_template_name" TEXT, "viewport" TEXT,
  "status" TEXT DEFAULT 'draft', "tags" TEXT, "thumbnail" TEXT, "ai_generated" INTEGER, "ai_model" TEXT, "ai_confidence" INTEGER,
  "created_at" TEXT DEFAULT (datetime('now')) NOT NULL, "updated_at" TEXT DEFAULT (datetime('now')) NOT NULL);
