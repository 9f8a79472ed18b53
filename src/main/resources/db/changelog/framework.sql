--liquibase formatted sql

--changeset goldenthread:framework-1
CREATE TABLE directorate (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(300) NOT NULL,
    strategic_director_id BIGINT NOT NULL,
    CONSTRAINT fk_directorate_sd FOREIGN KEY (strategic_director_id) REFERENCES person (id)
);
CREATE TABLE commissioning_area (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(300) NOT NULL,
    directorate_id BIGINT NOT NULL,
    ad_commissioning_id BIGINT NOT NULL,
    CONSTRAINT fk_area_directorate FOREIGN KEY (directorate_id) REFERENCES directorate (id),
    CONSTRAINT fk_area_adc FOREIGN KEY (ad_commissioning_id) REFERENCES person (id)
);
CREATE TABLE outcome (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(500) NOT NULL,
    parent_id BIGINT,
    CONSTRAINT fk_outcome_parent FOREIGN KEY (parent_id) REFERENCES outcome (id)
);
CREATE TABLE measure (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(20) NOT NULL,
    kind VARCHAR(3) NOT NULL,
    title VARCHAR(500) NOT NULL,
    definition TEXT NOT NULL,
    unit VARCHAR(20) NOT NULL,
    decimal_places INT NOT NULL,
    polarity VARCHAR(20) NOT NULL,
    tolerance DECIMAL(19, 4),
    band_lower DECIMAL(19, 4),
    band_upper DECIMAL(19, 4),
    baseline_value DECIMAL(19, 4),
    baseline_period VARCHAR(40),
    area_id BIGINT NOT NULL,
    objective_id BIGINT,
    reported_by_id BIGINT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_measure_code UNIQUE (code),
    CONSTRAINT fk_measure_area FOREIGN KEY (area_id) REFERENCES commissioning_area (id),
    CONSTRAINT fk_measure_objective FOREIGN KEY (objective_id) REFERENCES outcome (id),
    CONSTRAINT fk_measure_reporter FOREIGN KEY (reported_by_id) REFERENCES person (id)
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
