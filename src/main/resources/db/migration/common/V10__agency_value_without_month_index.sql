-- Keeping this index cost more while agency_value is built (one random B-tree insert per value:
-- about 1.8 s of 2.8 s at 100,000 values in H2) than it saves the few queries of one month,
-- which now read the run's values by the primary key's run_id prefix instead.
DROP INDEX agency_value_month;
