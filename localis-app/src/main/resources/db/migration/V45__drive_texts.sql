-- issue 16: a drive's title, description and updates in a second language (Russian and English). The drive's own
-- columns keep the text the organizer wrote first; these rows hold the text in a given language, shown to visitors
-- reading in that language (falling back to the drive's own text).
CREATE TABLE drive_text (
    drive_id BIGINT        NOT NULL REFERENCES drive (id),
    lang     VARCHAR(2)    NOT NULL,
    title    VARCHAR(200)  NOT NULL,
    story    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (drive_id, lang),
    CONSTRAINT drive_text_lang CHECK (lang IN ('ru', 'en'))
);

CREATE TABLE drive_update_text (
    update_id BIGINT        NOT NULL REFERENCES drive_update (id),
    lang      VARCHAR(2)    NOT NULL,
    body      VARCHAR(2000) NOT NULL,
    PRIMARY KEY (update_id, lang),
    CONSTRAINT drive_update_text_lang CHECK (lang IN ('ru', 'en'))
);
