-- Applications and their decisions, stored together in one transaction (contract: POST /api/v1/applications).
CREATE TABLE application (
    reference        VARCHAR(64)   NOT NULL PRIMARY KEY,
    content_hash     VARCHAR(80)   NOT NULL,
    application_json CLOB          NOT NULL,
    decision_id      VARCHAR(64)   NOT NULL,
    received_at      TIMESTAMP     NOT NULL
);

CREATE TABLE decision (
    decision_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    reference        VARCHAR(64)   NOT NULL,
    outcome          VARCHAR(40)   NOT NULL,
    ruleset_version  VARCHAR(80)   NOT NULL,
    decided_at       TIMESTAMP     NOT NULL,
    decision_json    CLOB          NOT NULL,
    CONSTRAINT fk_decision_application FOREIGN KEY (reference) REFERENCES application (reference)
);

CREATE INDEX ix_decision_reference ON decision (reference);
