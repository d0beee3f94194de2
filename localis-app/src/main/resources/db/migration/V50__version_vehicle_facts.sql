-- Issue 22: what the Decree 719 vehicle schemes need beyond the files, stored with each product version:
-- vehicle category (M1, N1, N2N3, M2M3), powertrain (ice, hybrid, electric), emission standard (for the
-- coefficients of note 5), counts for ratio criteria ('bearing-shells: 6 of 10', one a line) and inputs for
-- ladder and per-unit criteria ('rnd-percent-of-revenue: 1.8'). All optional; NULL for earlier versions.
ALTER TABLE product_version ADD COLUMN vehicle_category VARCHAR(4);
ALTER TABLE product_version ADD COLUMN powertrain VARCHAR(10);
ALTER TABLE product_version ADD COLUMN emission_standard VARCHAR(40);
ALTER TABLE product_version ADD COLUMN vehicle_counts VARCHAR(40000);
ALTER TABLE product_version ADD COLUMN vehicle_inputs VARCHAR(20000);
ALTER TABLE product_version ADD CONSTRAINT product_version_vehicle_category_check
    CHECK (vehicle_category IS NULL OR vehicle_category IN ('M1', 'N1', 'N2N3', 'M2M3'));
ALTER TABLE product_version ADD CONSTRAINT product_version_powertrain_check
    CHECK (powertrain IS NULL OR powertrain IN ('ice', 'hybrid', 'electric'));
