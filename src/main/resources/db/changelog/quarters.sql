--liquibase formatted sql

--changeset goldenthread:quarters-1
CREATE TABLE quarter (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    financial_year INT NOT NULL,
    quarter_number INT NOT NULL,
    status VARCHAR(30) NOT NULL,
    submission_due DATE NOT NULL,
    review_due DATE NOT NULL,
    sign_off_due DATE NOT NULL,
    cabinet_date DATE NOT NULL,
    publication_date DATE NOT NULL,
    opened_by VARCHAR(100) NOT NULL,
    opened_at DATETIME(6) NOT NULL,
    process_instance_id VARCHAR(64),
    version BIGINT NOT NULL,
    CONSTRAINT uk_quarter_period UNIQUE (financial_year, quarter_number)
);
CREATE TABLE quarterly_return (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    quarter_id BIGINT NOT NULL,
    area_id BIGINT NOT NULL,
    ad_delivery_id BIGINT NOT NULL,
    status VARCHAR(30) NOT NULL,
    submitted_by VARCHAR(100),
    submitted_at DATETIME(6),
    returned_reason TEXT,
    returned_by VARCHAR(100),
    returned_at DATETIME(6),
    last_changed_by VARCHAR(100),
    last_changed_at DATETIME(6),
    version BIGINT NOT NULL,
    CONSTRAINT uk_return UNIQUE (quarter_id, area_id, ad_delivery_id),
    CONSTRAINT fk_return_quarter FOREIGN KEY (quarter_id) REFERENCES quarter (id),
    CONSTRAINT fk_return_area FOREIGN KEY (area_id) REFERENCES commissioning_area (id),
    CONSTRAINT fk_return_delivery FOREIGN KEY (ad_delivery_id) REFERENCES person (id)
);
-- Lines take their ids from a sequence so that opening a quarter can insert them in JDBC batches
CREATE SEQUENCE return_line_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE return_line (
    id BIGINT NOT NULL DEFAULT (NEXT VALUE FOR return_line_seq) PRIMARY KEY,
    return_id BIGINT NOT NULL,
    measure_id BIGINT NOT NULL,
    sort_order INT NOT NULL,
    target_value DECIMAL(19, 4),
    reported_value DECIMAL(19, 4),
    commentary TEXT,
    CONSTRAINT fk_line_return FOREIGN KEY (return_id) REFERENCES quarterly_return (id),
    CONSTRAINT fk_line_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
);

--changeset goldenthread:quarters-remedial-1
ALTER TABLE return_line ADD COLUMN no_data_reason TEXT;
ALTER TABLE return_line ADD COLUMN commissioning_commentary TEXT;
CREATE TABLE remedial_action (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    line_id BIGINT NOT NULL,
    action TEXT NOT NULL,
    owner VARCHAR(200) NOT NULL,
    due DATE NOT NULL,
    sort_order INT NOT NULL,
    CONSTRAINT fk_remedial_line FOREIGN KEY (line_id) REFERENCES return_line (id)
);
ALTER TABLE return_line ADD COLUMN data_as_at VARCHAR(40);

--changeset goldenthread:quarters-visits-1
CREATE TABLE return_visit (
    return_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    visited_at DATETIME(6) NOT NULL,
    PRIMARY KEY (return_id, person_id),
    CONSTRAINT fk_visit_return FOREIGN KEY (return_id) REFERENCES quarterly_return (id),
    CONSTRAINT fk_visit_person FOREIGN KEY (person_id) REFERENCES person (id)
);

--changeset goldenthread:quarters-pack-compile-due
--comment: the Performance Team's deadline to compile the pack; quarters opened before it take their sign-off deadline
ALTER TABLE quarter ADD COLUMN pack_compile_due DATE;
UPDATE quarter SET pack_compile_due = sign_off_due;
ALTER TABLE quarter MODIFY pack_compile_due DATE NOT NULL;

--changeset goldenthread:quarters-overdue-step
--comment: a step whose deadline passed, one row per person it was escalated to
CREATE TABLE overdue_step (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    return_id BIGINT NOT NULL,
    task_id VARCHAR(64) NOT NULL,
    step VARCHAR(30) NOT NULL,
    due_on DATE NOT NULL,
    assignee VARCHAR(100),
    escalated_to_id BIGINT NOT NULL,
    escalated_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_overdue_step UNIQUE (task_id, escalated_to_id),
    CONSTRAINT fk_overdue_return FOREIGN KEY (return_id) REFERENCES quarterly_return (id),
    CONSTRAINT fk_overdue_person FOREIGN KEY (escalated_to_id) REFERENCES person (id)
);

--changeset goldenthread:quarters-intention-progress-1
CREATE TABLE intention_progress (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    return_id BIGINT NOT NULL,
    intention_id BIGINT NOT NULL,
    status VARCHAR(12),
    as_at DATE,
    commentary TEXT,
    CONSTRAINT fk_progress_return FOREIGN KEY (return_id) REFERENCES quarterly_return (id),
    CONSTRAINT fk_progress_intention FOREIGN KEY (intention_id) REFERENCES intention (id)
);

--changeset goldenthread:quarters-cycle-1
ALTER TABLE quarterly_return ADD COLUMN approved_by VARCHAR(100);

--changeset goldenthread:quarters-cycle-2
ALTER TABLE quarter ADD COLUMN closed_early_at DATETIME(6);
ALTER TABLE quarter ADD COLUMN closed_early_reason TEXT;

--changeset goldenthread:quarters-not-due-lines
--comment: a measure with no new data this quarter is carried on the return read-only with its latest value
ALTER TABLE return_line ADD COLUMN due BOOLEAN NOT NULL DEFAULT TRUE;

--changeset goldenthread:quarters-pack-owns-its-lifecycle
--comment: compile, Cabinet decision and publish are the pack's states now (pack.status), not the quarter's
UPDATE quarter SET status = CASE WHEN closed_early_at IS NULL THEN 'SIGNED_OFF' ELSE 'CLOSED_EARLY' END
    WHERE status IN ('PACK_COMPILED', 'CABINET_DECIDED', 'PUBLISHED');

--changeset goldenthread:quarters-line-provisional-1
--comment: a return line's value can be marked provisional (shown flagged, never rated red, left out of SPC limits), and can carry the count or denominator behind it, which a measure with a minimum count rates only when big enough
ALTER TABLE return_line ADD COLUMN provisional BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE return_line ADD COLUMN value_count DECIMAL(19, 4);

--changeset goldenthread:quarters-return-seq-1
--comment: returns take their ids from a sequence, so that opening a quarter inserts them in JDBC batches; it starts above every id already used, and every insert names its id (NEXT VALUE FOR quarterly_return_seq)
SET @next_return_id = (SELECT COALESCE(MAX(id), 0) + 51 FROM quarterly_return);
SET @create_return_seq = CONCAT('CREATE SEQUENCE quarterly_return_seq START WITH ', @next_return_id, ' INCREMENT BY 50');
PREPARE create_return_seq FROM @create_return_seq;
EXECUTE create_return_seq;
DEALLOCATE PREPARE create_return_seq;
ALTER TABLE quarterly_return MODIFY id BIGINT NOT NULL;

--changeset goldenthread:quarters-progress-seq-1
--comment: intention progress rows take their ids from a sequence too: an IDENTITY insert is sent at once, one per return, and takes the return's insert with it, so neither could be batched
SET @next_progress_id = (SELECT COALESCE(MAX(id), 0) + 51 FROM intention_progress);
SET @create_progress_seq = CONCAT('CREATE SEQUENCE intention_progress_seq START WITH ', @next_progress_id, ' INCREMENT BY 50');
PREPARE create_progress_seq FROM @create_progress_seq;
EXECUTE create_progress_seq;
DEALLOCATE PREPARE create_progress_seq;
ALTER TABLE intention_progress MODIFY id BIGINT NOT NULL;

--changeset goldenthread:quarters-return-copy-1
--comment: what a return held when a pack reopened it (status, who submitted and approved it, its lines, remedial actions and progress, as JSON), so that a withdrawn correction puts it back as it was published; discarded when the next version is published
CREATE TABLE quarterly_return_copy (
    return_id BIGINT NOT NULL PRIMARY KEY,
    quarter_id BIGINT NOT NULL,
    taken_at DATETIME(6) NOT NULL,
    content LONGTEXT NOT NULL,
    CONSTRAINT fk_quarterly_return_copy_return FOREIGN KEY (return_id) REFERENCES quarterly_return (id)
);
CREATE INDEX ix_quarterly_return_copy_quarter ON quarterly_return_copy (quarter_id);
