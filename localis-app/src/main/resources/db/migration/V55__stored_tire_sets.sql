-- A vehicle's second tire set, kept in storage while the other one is fitted (issue 23): its season, size,
-- tread and production month. All four are set together or not at all. The condition history records the
-- stored set too, so readiness on a past day knows what the vehicle had.
ALTER TABLE vehicle ADD COLUMN stored_season VARCHAR(20);
ALTER TABLE vehicle ADD COLUMN stored_size VARCHAR(120);
ALTER TABLE vehicle ADD COLUMN stored_tread_mm NUMERIC(4, 1);
ALTER TABLE vehicle ADD COLUMN stored_tires_made CHAR(7);
ALTER TABLE vehicle ADD CONSTRAINT vehicle_stored_set_whole CHECK (
    (stored_season IS NULL AND stored_size IS NULL AND stored_tread_mm IS NULL AND stored_tires_made IS NULL)
    OR (stored_season IS NOT NULL AND stored_size IS NOT NULL AND stored_tread_mm IS NOT NULL AND stored_tires_made IS NOT NULL));

ALTER TABLE vehicle_condition ADD COLUMN stored_season VARCHAR(20);
ALTER TABLE vehicle_condition ADD COLUMN stored_tread_mm NUMERIC(4, 1);
ALTER TABLE vehicle_condition ADD COLUMN stored_tires_made CHAR(7);
