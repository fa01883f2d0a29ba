-- The language of a run's reports and the folder of their texts (issue 5).
ALTER TABLE run ADD COLUMN lang VARCHAR(8) DEFAULT 'en' NOT NULL;
ALTER TABLE run ADD COLUMN templates_dir VARCHAR(1000) DEFAULT 'templates' NOT NULL;
