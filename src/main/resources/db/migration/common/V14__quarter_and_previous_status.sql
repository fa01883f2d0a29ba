-- Issue 18. A run whose month closes a quarter (3, 6, 9, 12) is also a quarterly edition: each result
-- gets the quarter's figures (months m-2..m, the same quarter a year earlier, their like-for-like
-- growth, the months reported); null on other runs. status_prev is the status a run of the month
-- before would give the same result from the same data; null when that run would have no such result.
ALTER TABLE result ADD COLUMN quarter_value NUMERIC(90, 45);
ALTER TABLE result ADD COLUMN quarter_prev NUMERIC(90, 45);
ALTER TABLE result ADD COLUMN growth_quarter NUMERIC(90, 45);
ALTER TABLE result ADD COLUMN quarter_months INT;
ALTER TABLE result ADD COLUMN status_prev VARCHAR(16);
