-- Team register, schema 2 (PostgreSQL): who a case is assigned to
-- (`casebook case assign REF --to ROLE_OR_LOGIN`), a login or a group role,
-- NULL until assigned. Applied in one transaction (pg/migrate.rs); schema 1
-- is never edited.

ALTER TABLE cases ADD COLUMN assigned_to text;
CREATE INDEX cases_assigned_to ON cases(assigned_to) WHERE assigned_to IS NOT NULL;
