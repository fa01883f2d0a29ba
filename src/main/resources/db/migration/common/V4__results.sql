-- Results of a run (rules.md sections 2, 3, 5 and 6) and its data-quality findings (sections 5 and 5a).

-- The year and month of every value, so that the same month of two years can be joined set-based.
ALTER TABLE agency_value ADD COLUMN period_year INT;
ALTER TABLE agency_value ADD COLUMN period_month INT;
UPDATE agency_value SET period_year = CAST(SUBSTRING(period, 1, 4) AS INT),
    period_month = CAST(SUBSTRING(period, 6, 2) AS INT);
CREATE INDEX agency_value_month ON agency_value (run_id, period_year, period_month);

-- The months a result is computed from: months 1..m of the run's year and the year before.
-- A sum, last or avg indicator has value_num only; a ratio or difference has its numerator in
-- value_num and its denominator (or subtrahend) in value_den, for the months where both sides have a value.
CREATE TABLE window_value (
    run_id        BIGINT          NOT NULL,
    agency        VARCHAR(32)     NOT NULL,
    indicator     VARCHAR(32)     NOT NULL,
    period_year   INT             NOT NULL,
    period_month  INT             NOT NULL,
    value_num     NUMERIC(60, 30) NOT NULL,
    value_den     NUMERIC(60, 30),
    rolled_up     BOOLEAN         NOT NULL,
    PRIMARY KEY (run_id, agency, indicator, period_year, period_month)
);

-- One row per agency and indicator with data in the window or a target for the run's year.
-- Figures are unrounded (divisions to 34 significant digits); null where the period lacks them.
CREATE TABLE result (
    run_id          BIGINT          NOT NULL,
    agency          VARCHAR(32)     NOT NULL,
    indicator       VARCHAR(32)     NOT NULL,
    month_value     NUMERIC(90, 45),
    ytd             NUMERIC(90, 45),
    ytd_prev        NUMERIC(90, 45),
    growth_month    NUMERIC(90, 45),
    growth_ytd      NUMERIC(90, 45),
    months_reported INT             NOT NULL,
    rolled_up       BOOLEAN         NOT NULL,
    status          VARCHAR(16)     NOT NULL,
    measured        NUMERIC(90, 45),
    expected        NUMERIC(90, 45),
    tolerance       NUMERIC(90, 45),
    PRIMARY KEY (run_id, agency, indicator)
);

CREATE TABLE quality_finding (
    run_id      BIGINT          NOT NULL,
    position    INT             NOT NULL,
    kind        VARCHAR(16)     NOT NULL,
    agency      VARCHAR(32)     NOT NULL,
    period      VARCHAR(7)      NOT NULL,
    indicator   VARCHAR(32)     NOT NULL,
    rule        VARCHAR(100),
    message     VARCHAR(2000)   NOT NULL,
    value_left  NUMERIC(90, 45),
    value_right NUMERIC(90, 45),
    PRIMARY KEY (run_id, position)
);
