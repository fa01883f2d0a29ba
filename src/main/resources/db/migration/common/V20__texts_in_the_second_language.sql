-- A run in two languages (--lang vi,en, issue 19) stores each message it renders in both: the run's own
-- language in the column it always had, the second edition's in the _alt twin (NULL in a run of one
-- language, and where a text has no second rendering; readers then fall back to the first).
ALTER TABLE submission_row ADD COLUMN message_alt VARCHAR(2000);
ALTER TABLE input_file ADD COLUMN message_alt VARCHAR(2000);
ALTER TABLE quality_finding ADD COLUMN message_alt VARCHAR(2000);
