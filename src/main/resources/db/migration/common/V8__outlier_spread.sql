-- The spread of each agency's values around their median, computed in one grouped INSERT (the
-- per-value deviations of V7 made a transaction of about a million rows at scale).
DROP TABLE outlier_deviation;
ALTER TABLE outlier_stat DROP COLUMN mad;
ALTER TABLE outlier_stat DROP COLUMN mean_dev;

CREATE TABLE outlier_spread (
    run_id     BIGINT          NOT NULL,
    agency     VARCHAR(32)     NOT NULL,
    indicator  VARCHAR(32)     NOT NULL,
    mad        NUMERIC(60, 30) NOT NULL,
    mean_dev   NUMERIC(90, 45) NOT NULL,
    PRIMARY KEY (run_id, agency, indicator)
);
