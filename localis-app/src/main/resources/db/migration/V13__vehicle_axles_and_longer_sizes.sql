-- A vehicle's axle configuration as its own fact (single or twin wheels per axle), so a 6x6 truck on single
-- wheels, a twin-rear ambulance and a 10-wheel truck are all expressible; and room for the canonical tire
-- designations of truck, inch and flotation sizes with their markings.
ALTER TABLE vehicle ADD COLUMN axles VARCHAR(100);
ALTER TABLE vehicle ALTER COLUMN tire_size SET DATA TYPE VARCHAR(120);
ALTER TABLE drive_target ALTER COLUMN designation SET DATA TYPE VARCHAR(120);
ALTER TABLE supplier_offer ALTER COLUMN designation SET DATA TYPE VARCHAR(120);
