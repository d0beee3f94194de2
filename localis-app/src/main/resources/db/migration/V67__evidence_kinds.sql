-- What an evidence document proves (for the self-check checklist), and optionally for which criterion.
ALTER TABLE evidence_document ADD COLUMN kind VARCHAR(40) DEFAULT 'OTHER' NOT NULL;
ALTER TABLE evidence_document ADD COLUMN criterion VARCHAR(100);
ALTER TABLE evidence_document ADD CONSTRAINT evidence_kind_known CHECK (kind IN ('PROCESS_DESCRIPTION', 'EQUIPMENT_LIST',
  'SUPPLY_CONTRACTS', 'SUPPLIER_CERTIFICATE', 'COST_CALCULATION', 'ORIGIN_DOCUMENTS', 'DESIGN_DOCUMENTATION_RIGHTS', 'OTHER'));
