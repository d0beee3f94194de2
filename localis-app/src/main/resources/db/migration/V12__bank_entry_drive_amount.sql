-- An entry keeps the amount and currency the bank stated; what counts as drive money is its value in the
-- drive's currency: the same amount when the currencies agree, the counter-value the statement states
-- (camt.053 AmtDtls/CcyXchg) when they do not, and nothing (NULL) when the statement states none; such an
-- entry is never posted as drive money. The rate is kept as the statement wrote it.
ALTER TABLE bank_entry ADD COLUMN drive_amount_minor BIGINT;
ALTER TABLE bank_entry ADD COLUMN exchange_rate VARCHAR(40);
UPDATE bank_entry SET drive_amount_minor = amount_minor
    WHERE currency = (SELECT d.currency FROM drive d WHERE d.id = bank_entry.drive_id);
ALTER TABLE bank_entry ADD CONSTRAINT bank_entry_drive_amount CHECK (drive_amount_minor IS NULL OR drive_amount_minor >= 0);
-- skipped statements and entries of an import, shown with its result
ALTER TABLE statement_import ADD COLUMN skipped_text VARCHAR(8000);
