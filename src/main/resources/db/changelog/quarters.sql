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
CREATE TABLE return_line (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    return_id BIGINT NOT NULL,
    measure_id BIGINT NOT NULL,
    sort_order INT NOT NULL,
    target_value DECIMAL(19, 4),
    reported_value DECIMAL(19, 4),
    commentary TEXT,
    CONSTRAINT fk_line_return FOREIGN KEY (return_id) REFERENCES quarterly_return (id),
    CONSTRAINT fk_line_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
);

--changeset goldenthread:quarters-cycle-1
ALTER TABLE quarterly_return ADD COLUMN approved_by VARCHAR(100);

--changeset goldenthread:quarters-cycle-2
ALTER TABLE quarter ADD COLUMN closed_early_at DATETIME(6);
ALTER TABLE quarter ADD COLUMN closed_early_reason TEXT;
