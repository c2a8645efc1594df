--liquibase formatted sql

--changeset agentpane:0006-templates-marketplaces-terraform
-- The list orders of templates and Terraform modules: most recently updated first.
CREATE INDEX templates_updated_at_idx ON templates (updated_at, id);
CREATE INDEX terraform_modules_updated_at_idx ON terraform_modules (updated_at, id);
--rollback DROP INDEX terraform_modules_updated_at_idx; DROP INDEX templates_updated_at_idx;
