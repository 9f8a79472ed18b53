--liquibase formatted sql

--changeset goldenthread:framework-1
CREATE TABLE council (
    id BIGINT PRIMARY KEY,
    name VARCHAR(300) NOT NULL,
    vision TEXT
);
CREATE TABLE framework_version (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(300) NOT NULL,
    cut_over_date DATE NOT NULL,
    first_reported_year INT,
    first_reported_quarter INT,
    source VARCHAR(500),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(100) NOT NULL
);
CREATE TABLE directorate (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(300) NOT NULL,
    strategic_director_id BIGINT,
    CONSTRAINT uk_directorate_name UNIQUE (name),
    CONSTRAINT fk_directorate_sd FOREIGN KEY (strategic_director_id) REFERENCES person (id)
);
CREATE TABLE commissioning_area (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(300) NOT NULL,
    directorate_id BIGINT NOT NULL,
    ad_commissioning_id BIGINT,
    CONSTRAINT uk_area_name UNIQUE (directorate_id, name),
    CONSTRAINT fk_area_directorate FOREIGN KEY (directorate_id) REFERENCES directorate (id),
    CONSTRAINT fk_area_adc FOREIGN KEY (ad_commissioning_id) REFERENCES person (id)
);
CREATE TABLE commissioning_area_delivery (
    area_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (area_id, person_id),
    CONSTRAINT fk_area_delivery_area FOREIGN KEY (area_id) REFERENCES commissioning_area (id),
    CONSTRAINT fk_area_delivery_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE TABLE outcome (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    title TEXT NOT NULL,
    level VARCHAR(30) NOT NULL,
    parent_id BIGINT,
    CONSTRAINT uk_outcome_code UNIQUE (code),
    CONSTRAINT fk_outcome_parent FOREIGN KEY (parent_id) REFERENCES outcome (id)
);
-- Ids come from a sequence so that an import inserts measures in JDBC batches
CREATE SEQUENCE measure_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE measure (
    id BIGINT NOT NULL DEFAULT (NEXT VALUE FOR measure_seq) PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    title VARCHAR(500) NOT NULL,
    definition TEXT,
    directorate_id BIGINT,
    area_id BIGINT,
    outcome_id BIGINT,
    owner_id BIGINT,
    all_ads BOOLEAN NOT NULL DEFAULT FALSE,
    unit VARCHAR(20) NOT NULL,
    decimal_places INT NOT NULL,
    polarity VARCHAR(20),
    band_lower DECIMAL(19, 4),
    band_upper DECIMAL(19, 4),
    tolerance DECIMAL(19, 4),
    frequency VARCHAR(12) NOT NULL,
    data_source VARCHAR(500),
    baseline_value DECIMAL(19, 4),
    baseline_period VARCHAR(40),
    proxy BOOLEAN NOT NULL DEFAULT FALSE,
    proxy_rationale TEXT,
    status VARCHAR(10) NOT NULL,
    novelty VARCHAR(14),
    oba VARCHAR(14),
    scorecard_block VARCHAR(30),
    improvement_category VARCHAR(30),
    improvement_lead_id BIGINT,
    notes TEXT,
    introduced_in_version_id BIGINT,
    retired_in_version_id BIGINT,
    version BIGINT NOT NULL,
    CONSTRAINT uk_measure_code UNIQUE (code),
    CONSTRAINT fk_measure_directorate FOREIGN KEY (directorate_id) REFERENCES directorate (id),
    CONSTRAINT fk_measure_area FOREIGN KEY (area_id) REFERENCES commissioning_area (id),
    CONSTRAINT fk_measure_outcome FOREIGN KEY (outcome_id) REFERENCES outcome (id),
    CONSTRAINT fk_measure_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT fk_measure_lead FOREIGN KEY (improvement_lead_id) REFERENCES person (id),
    CONSTRAINT fk_measure_introduced FOREIGN KEY (introduced_in_version_id) REFERENCES framework_version (id),
    CONSTRAINT fk_measure_retired FOREIGN KEY (retired_in_version_id) REFERENCES framework_version (id)
);
CREATE TABLE measure_target (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    measure_id BIGINT NOT NULL,
    financial_year INT NOT NULL,
    quarter INT,
    target_value DECIMAL(19, 4) NOT NULL,
    CONSTRAINT uk_measure_target UNIQUE (measure_id, financial_year, quarter),
    CONSTRAINT fk_target_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
);
CREATE TABLE comparator (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    measure_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    period VARCHAR(40) NOT NULL,
    comparator_value DECIMAL(19, 4) NOT NULL,
    CONSTRAINT uk_comparator UNIQUE (measure_id, kind, period),
    CONSTRAINT fk_comparator_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
);
CREATE TABLE intention (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(40) NOT NULL,
    title TEXT NOT NULL,
    kind VARCHAR(12) NOT NULL,
    area_id BIGINT,
    outcome_id BIGINT,
    owner_id BIGINT,
    all_ads BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT uk_intention_code UNIQUE (code),
    CONSTRAINT fk_intention_area FOREIGN KEY (area_id) REFERENCES commissioning_area (id),
    CONSTRAINT fk_intention_outcome FOREIGN KEY (outcome_id) REFERENCES outcome (id),
    CONSTRAINT fk_intention_owner FOREIGN KEY (owner_id) REFERENCES person (id)
);
CREATE TABLE intention_measure (
    intention_id BIGINT NOT NULL,
    measure_id BIGINT NOT NULL,
    PRIMARY KEY (intention_id, measure_id),
    CONSTRAINT fk_intention_measure_intention FOREIGN KEY (intention_id) REFERENCES intention (id),
    CONSTRAINT fk_intention_measure_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
);
CREATE TABLE milestone (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    intention_id BIGINT NOT NULL,
    title VARCHAR(500) NOT NULL,
    due DATE,
    CONSTRAINT fk_milestone_intention FOREIGN KEY (intention_id) REFERENCES intention (id)
);

--changeset goldenthread:framework-measure-value-1
-- Past values of a measure, one per period (a quarter, or a whole year for annual measures), imported from a
-- council's spreadsheets so that trends and SPC have history from the first day
CREATE SEQUENCE measure_value_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE measure_value (
    id BIGINT PRIMARY KEY,
    measure_id BIGINT NOT NULL,
    financial_year INT NOT NULL,
    quarter INT,
    period_value DECIMAL(19, 4) NOT NULL,
    data_as_at VARCHAR(40),
    provisional BOOLEAN NOT NULL DEFAULT FALSE,
    source VARCHAR(500),
    CONSTRAINT fk_measure_value_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
);
CREATE INDEX ix_measure_value_measure ON measure_value (measure_id, financial_year, quarter);

--changeset goldenthread:framework-measure-chain-1
-- A revised measure's successor names the measure it replaces, and whether its definition is comparable: then its
-- history (returns, pack, direction of travel) reads across the chain and it starts with the predecessor's targets
ALTER TABLE measure ADD COLUMN replaces_measure_id BIGINT;
ALTER TABLE measure ADD COLUMN comparable_with_predecessor BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE measure ADD CONSTRAINT fk_measure_replaces FOREIGN KEY (replaces_measure_id) REFERENCES measure (id);

--changeset goldenthread:framework-version-counts-1
-- The counts of existing and new measures a paper gives for a framework version (Warwickshire: "23 are existing
-- KBM's, 40 are New KBMs"), recorded as counts because the paper does not say which measures are which
ALTER TABLE framework_version ADD COLUMN existing_measure_count INT;
ALTER TABLE framework_version ADD COLUMN new_measure_count INT;

--changeset goldenthread:framework-rating-settings-1
-- How a measure's values are rated beyond polarity and tolerance: a change no bigger than stable_within counts as
-- stable (an amount in the unit, or a percentage of the earlier value when stable_within_percent), and a value whose
-- count or denominator is below minimum_count is shown "Small number: not rated" instead of a RAG colour
ALTER TABLE measure ADD COLUMN stable_within DECIMAL(19, 4);
ALTER TABLE measure ADD COLUMN stable_within_percent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE measure ADD COLUMN minimum_count DECIMAL(19, 4);

--changeset goldenthread:framework-spc-settings-1
-- How a measure's SPC chart sets its limits (NHS Making Data Count): fixed at the points up to spc_fixed_until (a
-- quarter, e.g. Q4 2020/21), and recalculated from each quarter in spc_change_points (e.g. "Q1 2021/22; Q3 2022/23":
-- a new process, such as a change of service model). Both blank: limits from every point, the default
ALTER TABLE measure ADD COLUMN spc_fixed_until VARCHAR(40);
ALTER TABLE measure ADD COLUMN spc_change_points VARCHAR(500);

--changeset goldenthread:framework-value-count-1
-- A past value can carry the count or denominator behind it (the Values sheet's count column), as a return line
-- does, so that imported history of a measure with a minimum count shows which values were too small to rate
ALTER TABLE measure_value ADD COLUMN value_count DECIMAL(19, 4);

--changeset goldenthread:framework-value-seq-1
-- Past values take their ids 1,000 at a time, as the history import sends them in JDBC batches of 1,000 (it was 50:
-- 2,000 sequence calls and 2,000 batches for 100,000 values). The sequence restarts 1,000 above every id used or
-- handed out, so that the first block of 1,000 below its new value is free
SET @next_value_id = GREATEST((SELECT COALESCE(MAX(id), 0) FROM measure_value), NEXTVAL(measure_value_seq)) + 1000;
SET @restart_value_seq = CONCAT('ALTER SEQUENCE measure_value_seq INCREMENT BY 1000 RESTART WITH ', @next_value_id);
PREPARE restart_value_seq FROM @restart_value_seq;
EXECUTE restart_value_seq;
DEALLOCATE PREPARE restart_value_seq;

--changeset goldenthread:framework-measure-seq-1
-- Measures take their ids 1,000 at a time, as an import sends them in JDBC batches of 1,000 (it was 50: 200 sequence
-- calls and 200 batches for a framework of 10,000 measures). The sequence restarts 1,000 above every id used or
-- handed out, so that the first block of 1,000 below its new value is free
SET @next_measure_id = GREATEST((SELECT COALESCE(MAX(id), 0) FROM measure), NEXTVAL(measure_seq)) + 1000;
SET @restart_measure_seq = CONCAT('ALTER SEQUENCE measure_seq INCREMENT BY 1000 RESTART WITH ', @next_measure_id);
PREPARE restart_measure_seq FROM @restart_measure_seq;
EXECUTE restart_measure_seq;
DEALLOCATE PREPARE restart_measure_seq;
