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

--changeset goldenthread:audit-seq-1
-- Audit entries take their ids 1,000 at a time, as an import writes one for every row it adds and sends them in JDBC
-- batches of 1,000 (it was 50: 200 sequence calls and 200 batches for 10,000 measures). The sequence restarts 1,000
-- above every id used or handed out, so that the first block of 1,000 below its new value is free
SET @next_audit_id = GREATEST((SELECT COALESCE(MAX(id), 0) FROM audit_entry), NEXTVAL(audit_entry_seq)) + 1000;
SET @restart_audit_seq = CONCAT('ALTER SEQUENCE audit_entry_seq INCREMENT BY 1000 RESTART WITH ', @next_audit_id);
PREPARE restart_audit_seq FROM @restart_audit_seq;
EXECUTE restart_audit_seq;
DEALLOCATE PREPARE restart_audit_seq;
