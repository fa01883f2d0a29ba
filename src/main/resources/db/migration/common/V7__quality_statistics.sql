-- The outlier statistics of a run's period, per agency and indicator (its own values of the twelve
-- months before): kept in a keyed table so that every join is a key lookup at any size.
CREATE TABLE outlier_stat (
    run_id     BIGINT          NOT NULL,
    agency     VARCHAR(32)     NOT NULL,
    indicator  VARCHAR(32)     NOT NULL,
    months     INT             NOT NULL,
    median     NUMERIC(60, 30) NOT NULL,
    mad        NUMERIC(60, 30),
    mean_dev   NUMERIC(90, 45),
    PRIMARY KEY (run_id, agency, indicator)
);

-- Children by parent (roll-up checks join on it).
CREATE INDEX agency_parent ON agency (run_id, parent);

-- The absolute deviations from the median behind outlier_stat.mad and mean_dev.
CREATE TABLE outlier_deviation (
    run_id     BIGINT          NOT NULL,
    agency     VARCHAR(32)     NOT NULL,
    indicator  VARCHAR(32)     NOT NULL,
    deviation  NUMERIC(60, 30) NOT NULL
);
CREATE INDEX outlier_deviation_key ON outlier_deviation (run_id, agency, indicator);
