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
