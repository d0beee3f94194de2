-- H2: ledger entries and postings are append-only (corrections are reversing entries).
CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE, DELETE ON ledger_entry
    FOR EACH ROW CALL 'org.localis.app.audit.AppendOnlyTrigger';
CREATE TRIGGER ledger_posting_no_update BEFORE UPDATE, DELETE ON ledger_posting
    FOR EACH ROW CALL 'org.localis.app.audit.AppendOnlyTrigger';
