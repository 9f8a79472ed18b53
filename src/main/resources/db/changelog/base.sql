--liquibase formatted sql

--changeset goldenthread:base-1
-- Failed sign-ins per account and per address, and the locks they cause (base/security/SignInThrottle): in the
-- database so that a restart forgets nothing and every application node counts the same. Only the SHA-256 of the
-- username or address is kept
CREATE TABLE sign_in_counter (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(10) NOT NULL,
    key_sha256 CHAR(64) NOT NULL,
    failures INT NOT NULL,
    window_start DATETIME(6),
    locked_until DATETIME(6),
    CONSTRAINT uk_sign_in_counter UNIQUE (kind, key_sha256)
);

--changeset goldenthread:base-2
-- Which sign-ins of a person are still good (base/security/SessionGenerations): a person's generation goes up when
-- they leave, their roles change or their password is set, and every application node ends a session signed in
-- under an older generation at its next request
CREATE TABLE session_generation (
    username VARCHAR(100) PRIMARY KEY,
    generation BIGINT NOT NULL
);

--changeset goldenthread:base-3
-- The counters kept so far hold plain SHA-256 hashes of usernames and addresses, which anyone can reverse by hashing
-- every username or IPv4 address: forgotten (15 minutes' counts at most), as they are now kept under keyed hashes
-- (base/security/KeyedHashes)
DELETE FROM sign_in_counter;
