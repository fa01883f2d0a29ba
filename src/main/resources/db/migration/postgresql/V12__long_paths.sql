-- Paths as long as the system allows (PATH_MAX is 4096 bytes on Linux): a relative path over 1,000
-- characters failed the whole run; longer ones are kept cut, and the file is refused with a reason.
ALTER TABLE input_file ALTER COLUMN path TYPE VARCHAR(4000);
ALTER TABLE run ALTER COLUMN reference_dir TYPE VARCHAR(4000);
ALTER TABLE run ALTER COLUMN inbox_dir TYPE VARCHAR(4000);
ALTER TABLE run ALTER COLUMN out_dir TYPE VARCHAR(4000);
ALTER TABLE run ALTER COLUMN templates_dir TYPE VARCHAR(4000);
