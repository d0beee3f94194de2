-- A fleet cites the registry record of each vehicle model it runs (one per make and model), so a drive can show
-- how localized the fleet it serves is.
CREATE TABLE fleet_model_record (
    organization_id BIGINT        NOT NULL REFERENCES organization (id),
    make_model      VARCHAR(120)  NOT NULL,
    record_number   VARCHAR(100)  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100)  NOT NULL,
    PRIMARY KEY (organization_id, make_model)
);
