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
