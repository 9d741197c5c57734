-- The executable model (a jar of generated classes) of each rule-set version the service compiled at run time
-- (activated, archived, proposed), so that after a restart the version is built without compiling it again. A cache,
-- not a record: keyed by the version (the sha256 of its files) and the fingerprint of the build that compiled it
-- (its classes, Drools, Java); another build compiles the version again and keeps its own model beside this one.
CREATE TABLE ruleset_model (
    version          VARCHAR(80)   NOT NULL,
    compiled_by      VARCHAR(80)   NOT NULL,
    model_jar        BLOB          NOT NULL,
    stored_at        TIMESTAMP     NOT NULL,
    PRIMARY KEY (version, compiled_by)
);
