-- Tasks and data-quality rules in Vietnamese too (optional columns of tasks.csv and rules.csv),
-- so the vi edition need not print English titles and messages.
ALTER TABLE task ADD COLUMN title_vi VARCHAR(1000);
ALTER TABLE task ADD COLUMN source_vi VARCHAR(1000);
ALTER TABLE quality_rule ADD COLUMN message_vi VARCHAR(1000);
