-- The currency rates file of a run (the web form and the API accept one): without it a run scored with
-- rates could not be reproduced from what is stored. Portable between H2 2.x and PostgreSQL.
ALTER TABLE assessment_run ADD COLUMN rates_file_name VARCHAR(300);
ALTER TABLE assessment_run ADD COLUMN rates_bytes BYTEA;
