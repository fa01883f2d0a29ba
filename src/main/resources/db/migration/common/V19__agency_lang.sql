-- agencies.csv lang (vi / en): the language an agency's mail is written in when the run has that
-- edition. Agencies stored before the column existed were written to in the run's language, which
-- a one-language run still does whatever the column says.
ALTER TABLE agency ADD COLUMN lang VARCHAR(2) DEFAULT 'vi' NOT NULL;
