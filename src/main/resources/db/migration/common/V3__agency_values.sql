-- The value of every agency, indicator and month that a run uses: the current own value, or, for
-- sum and last indicators where an agency has none, the sum of its children's values (rules.md s. 5).
ALTER TABLE agency ADD COLUMN depth INT DEFAULT 0 NOT NULL;

CREATE TABLE agency_value (
    run_id     BIGINT          NOT NULL,
    agency     VARCHAR(32)     NOT NULL,
    indicator  VARCHAR(32)     NOT NULL,
    period     VARCHAR(7)      NOT NULL,
    value_num  NUMERIC(60, 30) NOT NULL,
    rolled_up  BOOLEAN         NOT NULL,
    PRIMARY KEY (run_id, agency, indicator, period)
);
