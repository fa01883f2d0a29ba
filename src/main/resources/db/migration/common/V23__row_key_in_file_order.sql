-- The key index of submission_row with the period before the indicator (issue 20). A file's rows name
-- one agency and one period and many indicators, so with (agency, indicator, period) every file's rows
-- went to as many places of the index as it has indicators: storing a million rows spent more time in
-- the index than in the table (H2: 42 s to copy 1,071,228 rows with the old index, 18.6 s with this
-- one, 14.6 s with none). Every query that used it still finds its prefix: the run and agency (an
-- agency's rows and rejections), the run, agency and period (the first submission of a period), and
-- the whole key for settling revisions, grouped in this order.
DROP INDEX submission_row_key;
CREATE INDEX submission_row_key ON submission_row (run_id, agency, period, indicator, submitted_at);
