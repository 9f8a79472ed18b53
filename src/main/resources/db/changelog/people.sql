--liquibase formatted sql

--changeset goldenthread:people-1
CREATE TABLE person (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    username VARCHAR(100) NOT NULL,
    full_name VARCHAR(200) NOT NULL,
    job_title VARCHAR(200) NOT NULL,
    email VARCHAR(254),
    password_hash VARCHAR(200),
    active BOOLEAN NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_person_username UNIQUE (username)
);
CREATE TABLE person_role (
    person_id BIGINT NOT NULL,
    role VARCHAR(40) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id)
);

--changeset goldenthread:people-2
ALTER TABLE person ADD COLUMN left_on DATE;
CREATE TABLE delegation (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id BIGINT NOT NULL,
    deputy_id BIGINT NOT NULL,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_delegation_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_delegation_deputy FOREIGN KEY (deputy_id) REFERENCES person (id)
);

--changeset goldenthread:people-3
-- One-time links to set a password (a sign-in invitation from the Performance Team, or a reset asked for by e-mail):
-- only the SHA-256 of the token is kept, so the table alone lets nobody in
CREATE TABLE password_token (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id BIGINT NOT NULL,
    token_sha256 CHAR(64) NOT NULL,
    purpose VARCHAR(20) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at DATETIME(6),
    CONSTRAINT uk_password_token UNIQUE (token_sha256),
    CONSTRAINT fk_password_token_person FOREIGN KEY (person_id) REFERENCES person (id)
);

--changeset goldenthread:people-4
-- Requests for a password reset link, kept for an hour so that one address can ask only so often (the SHA-256 of the
-- address, not the address); and the index by which the resets e-mailed to one account in the last hour are counted
CREATE TABLE password_reset_request (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    address_sha256 CHAR(64) NOT NULL,
    requested_at DATETIME(6) NOT NULL
);
CREATE INDEX ix_password_reset_request_address ON password_reset_request (address_sha256, requested_at);
CREATE INDEX ix_password_token_person_purpose ON password_token (person_id, purpose, created_at);
