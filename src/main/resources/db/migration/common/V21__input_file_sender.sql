-- The files an agency sent, found without reading the run's every file (each agency scorecard asks).
CREATE INDEX input_file_sender ON input_file (run_id, sender);
