-- A workbook may hold several form sheets, each with its own row numbers: a row is identified by its
-- file, the sheet's position in the workbook (0 for CSV) and its line. What became of every sheet
-- (read as a form, or skipped and why) is kept per file.
ALTER TABLE submission_row ADD COLUMN sheet_no INT DEFAULT 0 NOT NULL;
ALTER TABLE submission_row DROP CONSTRAINT submission_row_pkey;
ALTER TABLE submission_row ADD PRIMARY KEY (run_id, file_id, sheet_no, line);

CREATE TABLE input_sheet (
    run_id    BIGINT        NOT NULL,
    file_id   INT           NOT NULL,
    sheet_no  INT           NOT NULL,
    name      VARCHAR(100)  NOT NULL,
    status    VARCHAR(16)   NOT NULL,
    reason    VARCHAR(1000),
    rows_read BIGINT        NOT NULL,
    PRIMARY KEY (run_id, file_id, sheet_no)
);
