-- Issue 16: an audit event's summary is also stored as a message key and its arguments (a JSON array), so the
-- audit page shows it in the reader's language; the English sentence in "summary" stays the record. Rows from
-- before have no key and are shown as recorded.
ALTER TABLE audit_event ADD COLUMN summary_key VARCHAR(100);
ALTER TABLE audit_event ADD COLUMN summary_args VARCHAR(2000);
