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

--changeset goldenthread:people-5
-- Reset requests are counted per address under a lock, so that requests from one address on several nodes at once
-- keep to the one limit (people/PasswordService): one of 256 rows, chosen by the address's keyed hash, is locked first.
-- The requests kept so far hold plain SHA-256 hashes of addresses, which anyone can reverse: forgotten (an hour's
-- counts at most), as the counts are now kept under keyed hashes (base/security/KeyedHashes)
CREATE TABLE password_reset_lock (
    id SMALLINT PRIMARY KEY
);
INSERT INTO password_reset_lock (id) VALUES
(0),(1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13),(14),(15),(16),(17),(18),(19),(20),(21),(22),(23),
(24),(25),(26),(27),(28),(29),(30),(31),(32),(33),(34),(35),(36),(37),(38),(39),(40),(41),(42),(43),(44),(45),
(46),(47),(48),(49),(50),(51),(52),(53),(54),(55),(56),(57),(58),(59),(60),(61),(62),(63),(64),(65),(66),(67),
(68),(69),(70),(71),(72),(73),(74),(75),(76),(77),(78),(79),(80),(81),(82),(83),(84),(85),(86),(87),(88),(89),
(90),(91),(92),(93),(94),(95),(96),(97),(98),(99),(100),(101),(102),(103),(104),(105),(106),(107),(108),(109),
(110),(111),(112),(113),(114),(115),(116),(117),(118),(119),(120),(121),(122),(123),(124),(125),(126),(127),
(128),(129),(130),(131),(132),(133),(134),(135),(136),(137),(138),(139),(140),(141),(142),(143),(144),(145),
(146),(147),(148),(149),(150),(151),(152),(153),(154),(155),(156),(157),(158),(159),(160),(161),(162),(163),
(164),(165),(166),(167),(168),(169),(170),(171),(172),(173),(174),(175),(176),(177),(178),(179),(180),(181),
(182),(183),(184),(185),(186),(187),(188),(189),(190),(191),(192),(193),(194),(195),(196),(197),(198),(199),
(200),(201),(202),(203),(204),(205),(206),(207),(208),(209),(210),(211),(212),(213),(214),(215),(216),(217),
(218),(219),(220),(221),(222),(223),(224),(225),(226),(227),(228),(229),(230),(231),(232),(233),(234),(235),
(236),(237),(238),(239),(240),(241),(242),(243),(244),(245),(246),(247),(248),(249),(250),(251),(252),(253),
(254),(255);
DELETE FROM password_reset_request;
