-- A file whose content was already read and checked under the same checks is not read again: its rows
-- are copied from the run that read it. intake_key names the checks a run's rows went through (the
-- program, the agency and indicator codes the checks use, the cut-off, the languages and message
-- texts); cold says the run was asked to read every file again (--cold). reused_run and reused_file
-- name the file a run's rows were copied from.
ALTER TABLE run ADD COLUMN intake_key VARCHAR(64);
ALTER TABLE run ADD COLUMN cold BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE input_file ADD COLUMN reused_run BIGINT;
ALTER TABLE input_file ADD COLUMN reused_file INT;
CREATE INDEX input_file_content ON input_file (sha256, kind);
