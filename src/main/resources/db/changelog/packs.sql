--liquibase formatted sql

--changeset goldenthread:packs-1
CREATE TABLE pack (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    quarter_id BIGINT NOT NULL,
    version_number INT NOT NULL,
    title VARCHAR(300) NOT NULL,
    status VARCHAR(30) NOT NULL,
    compiled_at DATETIME(6) NOT NULL,
    compiled_by VARCHAR(100) NOT NULL,
    cabinet_decision VARCHAR(30),
    cabinet_date DATE,
    decision_recorded_by VARCHAR(100),
    published_at DATETIME(6),
    published_by VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT uk_pack_version UNIQUE (quarter_id, version_number),
    CONSTRAINT fk_pack_quarter FOREIGN KEY (quarter_id) REFERENCES quarter (id)
);
CREATE TABLE pack_line (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    pack_id BIGINT NOT NULL,
    sort_order INT NOT NULL,
    directorate VARCHAR(300) NOT NULL,
    commissioning_area VARCHAR(300) NOT NULL,
    objective VARCHAR(500),
    measure_code VARCHAR(20) NOT NULL,
    measure_kind VARCHAR(3) NOT NULL,
    measure_title VARCHAR(500) NOT NULL,
    polarity VARCHAR(20) NOT NULL,
    value_text VARCHAR(60),
    target_text VARCHAR(60),
    baseline_text VARCHAR(100),
    rag VARCHAR(10) NOT NULL,
    commentary TEXT,
    reported_by VARCHAR(200) NOT NULL,
    CONSTRAINT fk_pack_line_pack FOREIGN KEY (pack_id) REFERENCES pack (id)
);

--changeset goldenthread:packs-2 splitStatements:false
CREATE TRIGGER pack_line_immutable BEFORE UPDATE ON pack_line FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';

--changeset goldenthread:packs-3
ALTER TABLE pack_line ADD COLUMN direction VARCHAR(12);
ALTER TABLE pack_line ADD COLUMN recent_values VARCHAR(500);
ALTER TABLE pack_line ADD COLUMN remedial_actions TEXT;
ALTER TABLE pack_line MODIFY value_text VARCHAR(120);

--changeset goldenthread:packs-cycle-1
CREATE TABLE pack_missing_return (
    pack_id BIGINT NOT NULL,
    sort_order INT NOT NULL,
    directorate VARCHAR(300) NOT NULL,
    commissioning_area VARCHAR(300) NOT NULL,
    ad_delivery VARCHAR(200) NOT NULL,
    PRIMARY KEY (pack_id, sort_order),
    CONSTRAINT fk_pack_missing_return_pack FOREIGN KEY (pack_id) REFERENCES pack (id)
);

--changeset goldenthread:packs-cycle-2 splitStatements:false
CREATE TRIGGER pack_missing_return_immutable BEFORE UPDATE ON pack_missing_return FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';

--changeset goldenthread:packs-snapshot-1
ALTER TABLE pack_line MODIFY measure_code VARCHAR(40) NOT NULL;
ALTER TABLE pack_line MODIFY measure_kind VARCHAR(20) NOT NULL;
ALTER TABLE pack_line ADD COLUMN reported_value DECIMAL(24,6);
ALTER TABLE pack_line ADD COLUMN decimal_places INT;
ALTER TABLE pack ADD COLUMN sha256 CHAR(64);
ALTER TABLE pack ADD COLUMN financial_year INT;
ALTER TABLE pack ADD COLUMN quarter_number INT;
UPDATE pack p JOIN quarter q ON q.id = p.quarter_id SET p.financial_year = q.financial_year, p.quarter_number = q.quarter_number;
CREATE TABLE pack_file (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    pack_id BIGINT NOT NULL,
    file_name VARCHAR(40) NOT NULL,
    media_type VARCHAR(120) NOT NULL,
    content LONGBLOB NOT NULL,
    content_sha256 CHAR(64) NOT NULL,
    CONSTRAINT uk_pack_file UNIQUE (pack_id, file_name),
    CONSTRAINT fk_pack_file_pack FOREIGN KEY (pack_id) REFERENCES pack (id)
);

--changeset goldenthread:packs-snapshot-2 splitStatements:false
CREATE TRIGGER pack_file_no_update BEFORE UPDATE ON pack_file FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';

--changeset goldenthread:packs-snapshot-3 splitStatements:false
CREATE TRIGGER pack_file_no_delete BEFORE DELETE ON pack_file FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';

--changeset goldenthread:packs-snapshot-4 splitStatements:false
CREATE TRIGGER pack_line_no_delete BEFORE DELETE ON pack_line FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';

--changeset goldenthread:packs-snapshot-5 splitStatements:false
CREATE TRIGGER pack_missing_return_no_delete BEFORE DELETE ON pack_missing_return FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';

--changeset goldenthread:packs-snapshot-6 splitStatements:false
CREATE TRIGGER pack_no_delete BEFORE DELETE ON pack FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';

--changeset goldenthread:packs-snapshot-7 splitStatements:false
CREATE TRIGGER pack_snapshot_fixed BEFORE UPDATE ON pack FOR EACH ROW
BEGIN
    IF NOT (NEW.quarter_id <=> OLD.quarter_id AND NEW.version_number <=> OLD.version_number
            AND NEW.title <=> OLD.title AND NEW.compiled_at <=> OLD.compiled_at
            AND NEW.compiled_by <=> OLD.compiled_by AND NEW.sha256 <=> OLD.sha256
            AND NEW.financial_year <=> OLD.financial_year AND NEW.quarter_number <=> OLD.quarter_number) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';
    END IF;
END

--changeset goldenthread:packs-lifecycle-1
ALTER TABLE pack ADD COLUMN cabinet_meeting DATE;
ALTER TABLE pack ADD COLUMN papers_published_at DATETIME(6);
ALTER TABLE pack ADD COLUMN papers_published_by VARCHAR(100);
ALTER TABLE pack ADD COLUMN correction_note TEXT;
CREATE TABLE pack_decision (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    pack_id BIGINT NOT NULL,
    decision VARCHAR(30) NOT NULL,
    meeting_date DATE NOT NULL,
    minute TEXT,
    recorded_at DATETIME(6) NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    sha256 CHAR(64) NOT NULL,
    CONSTRAINT uk_pack_decision UNIQUE (pack_id),
    CONSTRAINT fk_pack_decision_pack FOREIGN KEY (pack_id) REFERENCES pack (id)
);

--changeset goldenthread:packs-lifecycle-2 splitStatements:false
CREATE TRIGGER pack_decision_no_update BEFORE UPDATE ON pack_decision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A recorded Cabinet decision never changes';

--changeset goldenthread:packs-lifecycle-3 splitStatements:false
CREATE TRIGGER pack_decision_no_delete BEFORE DELETE ON pack_decision FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A recorded Cabinet decision never changes';

--changeset goldenthread:packs-lifecycle-4 splitStatements:false
CREATE TRIGGER pack_correction_fixed BEFORE UPDATE ON pack FOR EACH ROW
BEGIN
    IF NOT (NEW.cabinet_meeting <=> OLD.cabinet_meeting AND NEW.correction_note <=> OLD.correction_note) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';
    END IF;
END

--changeset goldenthread:packs-line-rating-1
--comment: a pack line keeps its rating as shown (with its flag, e.g. "○ Provisional") and how its rating and SPC chart disagree, so the pack screen and the public measure page say what the pack says; earlier lines have neither and show their RAG
ALTER TABLE pack_line ADD COLUMN rag_label VARCHAR(100);
ALTER TABLE pack_line ADD COLUMN disagreement TEXT;

--changeset goldenthread:packs-line-flag-1
--comment: a pack line keeps the flag shown instead of its rating (PROVISIONAL, SMALL_NUMBER), so the exception rule reads the flag, not the label; lines compiled before get it from their label, the trigger that refuses updates being dropped for that one update and put back by packs-line-flag-2
ALTER TABLE pack_line ADD COLUMN rag_flag VARCHAR(20);
DROP TRIGGER pack_line_immutable;
UPDATE pack_line SET rag_flag = CASE WHEN rag_label LIKE '%rovisional%' THEN 'PROVISIONAL' ELSE 'SMALL_NUMBER' END
    WHERE rag_label LIKE '%rovisional%' OR rag_label LIKE '%mall number%';

--changeset goldenthread:packs-line-flag-2 splitStatements:false
CREATE TRIGGER pack_line_immutable BEFORE UPDATE ON pack_line FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';

--changeset goldenthread:packs-correction-1
--comment: a typo in a published pack's commentary is corrected by two members of the Performance Team: one proposes the new wording with a reason and a change note, another approves it, and the result is published as the next version
CREATE TABLE pack_correction (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    pack_id BIGINT NOT NULL,
    measure_code VARCHAR(40) NOT NULL,
    commissioning_area VARCHAR(300) NOT NULL,
    commentary VARCHAR(20) NOT NULL,
    old_text TEXT,
    new_text TEXT NOT NULL,
    reason TEXT NOT NULL,
    change_note TEXT NOT NULL,
    status VARCHAR(20) NOT NULL,
    proposed_by VARCHAR(100) NOT NULL,
    proposed_at DATETIME(6) NOT NULL,
    decided_by VARCHAR(100),
    decided_at DATETIME(6),
    result_pack_id BIGINT,
    version BIGINT NOT NULL,
    CONSTRAINT fk_pack_correction_pack FOREIGN KEY (pack_id) REFERENCES pack (id)
);

--changeset goldenthread:packs-returns-correction-1
--comment: a correction of a published pack that sends the affected returns back to their AD Delivery, through review and sign-off again; the next version is compiled from them and published with the change note
CREATE TABLE pack_returns_correction (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    pack_id BIGINT NOT NULL,
    quarter_id BIGINT NOT NULL,
    change_note TEXT NOT NULL,
    status VARCHAR(20) NOT NULL,
    opened_by VARCHAR(100) NOT NULL,
    opened_at DATETIME(6) NOT NULL,
    result_pack_id BIGINT,
    version BIGINT NOT NULL,
    CONSTRAINT fk_pack_returns_correction_pack FOREIGN KEY (pack_id) REFERENCES pack (id),
    CONSTRAINT fk_pack_returns_correction_result FOREIGN KEY (result_pack_id) REFERENCES pack (id)
);
CREATE INDEX ix_pack_returns_correction_quarter ON pack_returns_correction (quarter_id, status);
CREATE TABLE pack_returns_correction_return (
    correction_id BIGINT NOT NULL,
    sort_order INT NOT NULL,
    return_label VARCHAR(700) NOT NULL,
    PRIMARY KEY (correction_id, sort_order),
    CONSTRAINT fk_pack_returns_correction_return FOREIGN KEY (correction_id) REFERENCES pack_returns_correction (id)
);

--changeset goldenthread:packs-line-direction-year-1
--comment: a pack line keeps both directions of travel: against the previous period (direction) and against the same period last year; lines compiled before this have none (the snapshot, files and public pages always had both)
ALTER TABLE pack_line ADD COLUMN direction_on_last_year VARCHAR(12);

--changeset goldenthread:packs-sealed-1 splitStatements:false
--comment: a compiled pack takes no new line once its files are rendered (compiling writes the pack, its lines and its missing returns, then its files, in one transaction)
CREATE TRIGGER pack_line_no_insert BEFORE INSERT ON pack_line FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM pack_file WHERE pack_id = NEW.pack_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';
    END IF;
END

--changeset goldenthread:packs-sealed-2 splitStatements:false
--comment: nor a new missing return
CREATE TRIGGER pack_missing_return_no_insert BEFORE INSERT ON pack_missing_return FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM pack_file WHERE pack_id = NEW.pack_id) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';
    END IF;
END

--changeset goldenthread:packs-sealed-3 splitStatements:false
--comment: and no new file once its Cabinet papers are public (or it has gone further): what the public reads is what was compiled
CREATE TRIGGER pack_file_no_insert BEFORE INSERT ON pack_file FOR EACH ROW
BEGIN
    IF EXISTS (SELECT 1 FROM pack WHERE id = NEW.pack_id AND status <> 'COMPILED') THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A compiled pack never changes: compile a new version instead';
    END IF;
END
