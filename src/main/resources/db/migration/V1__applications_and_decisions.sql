-- Applications and their decisions, stored together in one transaction (contract: POST /api/v1/applications).
CREATE TABLE application (
    reference        VARCHAR(64)   NOT NULL PRIMARY KEY,
    organisation     VARCHAR(100),
    content_hash     VARCHAR(80)   NOT NULL,
    application_json CLOB          NOT NULL,
    decision_id      VARCHAR(64)   NOT NULL,
    received_at      TIMESTAMP     NOT NULL
);

-- Decision records: the decision, the rule-set version it was made with, the engines' trace, and a hash chain
-- (record_hash covers the record's content and previous_hash) that makes any later edit visible.
CREATE TABLE decision (
    seq              BIGINT        NOT NULL PRIMARY KEY,
    decision_id      VARCHAR(64)   NOT NULL UNIQUE,
    reference        VARCHAR(64)   NOT NULL,
    outcome          VARCHAR(40)   NOT NULL,
    ruleset_version  VARCHAR(80)   NOT NULL,
    decided_at       TIMESTAMP     NOT NULL,
    decision_json    CLOB          NOT NULL,
    trace_json       CLOB          NOT NULL,
    previous_hash    VARCHAR(80)   NOT NULL,
    record_hash      VARCHAR(80)   NOT NULL,
    CONSTRAINT fk_decision_application FOREIGN KEY (reference) REFERENCES application (reference)
);
CREATE INDEX ix_decision_reference ON decision (reference);
CREATE INDEX ix_decision_decided_at ON decision (decided_at);

-- The head of the hash chain, one row, locked by every insert so that records chain in one order.
CREATE TABLE chain_head (
    id               INT           NOT NULL PRIMARY KEY,
    last_seq         BIGINT        NOT NULL,
    last_hash        VARCHAR(80)   NOT NULL
);
INSERT INTO chain_head (id, last_seq, last_hash) VALUES (1, 0, 'sha256:genesis');

-- Every rule-set version the service has run or a policy officer proposed: its files (zip) and hash, so that old
-- decisions replay exactly. status: RUN (the service has decided with it) or DRAFT (proposed, not yet active).
CREATE TABLE ruleset_version (
    version          VARCHAR(80)   NOT NULL PRIMARY KEY,
    files_zip        BLOB          NOT NULL,
    file_count       INT           NOT NULL,
    first_seen_at    TIMESTAMP     NOT NULL,
    status           VARCHAR(10)   DEFAULT 'RUN' NOT NULL,
    valid            BOOLEAN       DEFAULT TRUE NOT NULL,
    validation_json  CLOB,
    proposed_by      VARCHAR(200)
);

-- Activations: from inForceFrom on, applications submitted on or after that date are decided with the version.
-- Rolling back is activating an earlier version. Who, when, which version, which impact report.
CREATE TABLE ruleset_activation (
    seq              BIGINT        AUTO_INCREMENT PRIMARY KEY,
    version          VARCHAR(80)   NOT NULL,
    in_force_from    DATE          NOT NULL,
    activated_at     TIMESTAMP     NOT NULL,
    activated_by     VARCHAR(200)  NOT NULL,
    impact_json      CLOB,
    CONSTRAINT fk_activation_version FOREIGN KEY (version) REFERENCES ruleset_version (version)
);
