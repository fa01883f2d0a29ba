-- Who sent each file: the agency its rows name when they name exactly one, else the agency whose code
-- begins the file's name or names one of its folders; null when none (an unattributed file).
ALTER TABLE input_file ADD COLUMN sender VARCHAR(32);
