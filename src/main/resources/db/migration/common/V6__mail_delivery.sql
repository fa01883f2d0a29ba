-- What was mailed for a run (issue 6): one row per message, the secretariat's ('secretariat') and one
-- per agency (its code). A message 'sent' is never sent again; a 'failed' one is tried again by the
-- next call. attempts counts every attempt over all calls; times are UTC.
CREATE TABLE mail_delivery (
    run_id       BIGINT        NOT NULL,
    message_key  VARCHAR(32)   NOT NULL,
    recipients   VARCHAR(4000) NOT NULL,
    subject      VARCHAR(1000) NOT NULL,
    attachment   VARCHAR(500)  NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    attempts     INT           NOT NULL,
    last_error   VARCHAR(2000),
    sent_at      TIMESTAMP,
    updated_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (run_id, message_key)
);
