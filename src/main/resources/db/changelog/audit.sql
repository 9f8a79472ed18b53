--liquibase formatted sql

--changeset goldenthread:audit-1
-- Ids come from a sequence so that many entries are written in JDBC batches (an import writes thousands)
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id BIGINT NOT NULL DEFAULT (NEXT VALUE FOR audit_entry_seq) PRIMARY KEY,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(100) NOT NULL,
    subject_type VARCHAR(40) NOT NULL,
    subject_id BIGINT NOT NULL,
    field VARCHAR(200) NOT NULL,
    old_value TEXT,
    new_value TEXT,
    reason TEXT
);
CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id);

--changeset goldenthread:audit-2 splitStatements:false
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only';

--changeset goldenthread:audit-3 splitStatements:false
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only';

--changeset goldenthread:audit-4
ALTER TABLE audit_entry ADD COLUMN on_behalf_of VARCHAR(100);

--changeset goldenthread:audit-field-width-1
-- A field's label names its subject ("Area <name> AD Delivery", "Milestone <title> due"), and names hold 300
-- characters, titles 500: 200 refused an area with a long name. Labels longer still are shortened by the application.
ALTER TABLE audit_entry MODIFY field VARCHAR(1000) NOT NULL;
