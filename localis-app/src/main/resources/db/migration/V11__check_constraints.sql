-- The database refuses what the application never writes: unknown statuses, negative quantities and
-- amounts, and currency codes that are not three capital letters. A bug that slipped past the application
-- fails its transaction here instead of storing a figure the public pages would add up.
ALTER TABLE drive ADD CONSTRAINT drive_status_known CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED'));
ALTER TABLE drive ADD CONSTRAINT drive_currency_code CHECK (currency BETWEEN 'AAA' AND 'ZZZ' AND LENGTH(currency) = 3);
ALTER TABLE drive_target ADD CONSTRAINT drive_target_amounts CHECK (quantity >= 0 AND unit_price_minor >= 0);
ALTER TABLE pledge ADD CONSTRAINT pledge_amounts CHECK (amount_minor > 0 AND (tires IS NULL OR tires > 0));
ALTER TABLE statement_import ADD CONSTRAINT statement_import_status_known
    CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'UNCHANGED', 'FAILED'));
ALTER TABLE bank_entry ADD CONSTRAINT bank_entry_amount CHECK (amount_minor >= 0);
ALTER TABLE bank_entry ADD CONSTRAINT bank_entry_currency_code CHECK (currency BETWEEN 'AAA' AND 'ZZZ' AND LENGTH(currency) = 3);
ALTER TABLE bank_entry ADD CONSTRAINT bank_entry_direction_known CHECK (direction IN ('CREDIT', 'DEBIT'));
ALTER TABLE bank_entry ADD CONSTRAINT bank_entry_match_status_known
    CHECK (match_status IN ('MATCHED', 'GENERAL', 'REVIEW', 'OUTGOING', 'REFUND', 'FEE', 'PURCHASE'));
ALTER TABLE supplier_offer ADD CONSTRAINT supplier_offer_price CHECK (unit_price_minor >= 0);
ALTER TABLE purchase_order ADD CONSTRAINT purchase_order_amounts
    CHECK (quantity > 0 AND unit_price_minor >= 0 AND invoiced_minor >= 0);
ALTER TABLE supplier_invoice ADD CONSTRAINT supplier_invoice_amount CHECK (amount_minor >= 0);
ALTER TABLE stock_receipt ADD CONSTRAINT stock_receipt_quantity CHECK (quantity > 0);
ALTER TABLE shipment ADD CONSTRAINT shipment_status_known CHECK (status IN ('SHIPPED', 'RECEIVED'));
ALTER TABLE shipment ADD CONSTRAINT shipment_tires CHECK (tires >= 0 AND (received_tires IS NULL OR received_tires >= 0));
ALTER TABLE tire_allocation ADD CONSTRAINT tire_allocation_quantity CHECK (quantity > 0);
