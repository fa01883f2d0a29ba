-- The months a result is computed from (months 1..m of the run's year and the year before) are no
-- longer copied into a table: results reads them from agency_value in one ordered pass, and the
-- workbook's Values sheet reads this view of the same months. A sum, last or avg indicator has
-- value_num only; a ratio or difference has its numerator in value_num and its denominator (or
-- subtrahend) in value_den, for the months where both sides have a value.
DROP TABLE window_value;

CREATE VIEW window_value AS
SELECT v.run_id, v.agency, v.indicator, v.period_year, v.period_month, v.value_num,
       CAST(NULL AS NUMERIC(60, 30)) AS value_den, v.rolled_up
FROM agency_value v
JOIN run r ON r.id = v.run_id
WHERE v.period_year IN (CAST(SUBSTRING(r.period, 1, 4) AS INT), CAST(SUBSTRING(r.period, 1, 4) AS INT) - 1)
  AND v.period_month <= CAST(SUBSTRING(r.period, 6, 2) AS INT)
UNION ALL
SELECT n.run_id, n.agency, i.code, n.period_year, n.period_month, n.value_num, d.value_num,
       CASE WHEN n.rolled_up OR d.rolled_up THEN TRUE ELSE FALSE END
FROM indicator i
JOIN run r ON r.id = i.run_id
JOIN agency_value n ON n.run_id = i.run_id AND n.indicator = i.numerator
JOIN agency_value d ON d.run_id = n.run_id AND d.agency = n.agency AND d.indicator = i.denominator
     AND d.period = n.period
WHERE i.aggregation IN ('RATIO', 'DIFFERENCE')
  AND n.period_year IN (CAST(SUBSTRING(r.period, 1, 4) AS INT), CAST(SUBSTRING(r.period, 1, 4) AS INT) - 1)
  AND n.period_month <= CAST(SUBSTRING(r.period, 6, 2) AS INT);
