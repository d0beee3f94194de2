package org.localis.app.drive;

import java.util.HashMap;
import org.localis.app.audit.AuditSummary;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.localis.app.audit.AuditLog;
import org.localis.app.shared.Actor;
import org.localis.app.shared.FieldProblem;
import org.localis.app.shared.InvalidFormException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A drive's title, description and updates in Russian and English. The drive keeps the text its organizer wrote
 * first; a text given for a language is shown to visitors reading in that language, and otherwise the drive's own.
 */
@Service
public class DriveTexts {

    /** The languages a drive's texts may be written in. */
    public static final Set<String> LANGUAGES = Set.of("ru", "en");

    /** Title and description in one language. */
    public record Text(String title, String story) {
    }

    /** What a visitor reads: the drive's title and description, and each update's body by update id. */
    public record Localized(String title, String story, Map<Long, String> updates) {
        public String update(DriveUpdate u) {
            return updates.getOrDefault(u.id(), u.body());
        }
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    public DriveTexts(JdbcClient jdbc, AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** The texts given per language (without the drive's own). */
    public Map<String, Text> given(long driveId) {
        Map<String, Text> out = new HashMap<>();
        jdbc.sql("SELECT lang, title, story FROM drive_text WHERE drive_id = :d").param("d", driveId)
                .query((rs, i) -> out.put(rs.getString(1), new Text(rs.getString(2), rs.getString(3)))).list();
        return out;
    }

    /** The drive's texts for a reader of {@code locale}: that language's when given, else the drive's own. */
    public Localized localized(Drive d, List<DriveUpdate> updates, Locale locale) {
        String lang = locale == null ? "" : locale.getLanguage();
        Optional<Text> t = Optional.ofNullable(given(d.id()).get(lang));
        Map<Long, String> bodies = new HashMap<>();
        if (!updates.isEmpty() && LANGUAGES.contains(lang)) {
            jdbc.sql("""
                    SELECT t.update_id, t.body FROM drive_update_text t JOIN drive_update u ON u.id = t.update_id
                    WHERE u.drive_id = :d AND t.lang = :l""").param("d", d.id()).param("l", lang)
                    .query((rs, i) -> bodies.put(rs.getLong(1), rs.getString(2))).list();
        }
        return new Localized(t.map(Text::title).orElse(d.title()), t.map(Text::story).orElse(d.story()), bodies);
    }

    /**
     * The drive's title for a reader of {@code locale}: that language's when given, else the drive's own. Templates
     * call it as {@code ${@driveTexts.title(d, #locale)}} wherever a drive is named (lists, cards, status pages, mail).
     */
    public String title(Drive d, Locale locale) {
        String lang = locale == null ? "" : locale.getLanguage();
        if (!LANGUAGES.contains(lang)) {
            return d.title();
        }
        return jdbc.sql("SELECT title FROM drive_text WHERE drive_id = :d AND lang = :l").param("d", d.id()).param("l", lang)
                .query(String.class).optional().orElse(d.title());
    }

    /**
     * Sets (or, with both fields blank, removes) the drive's title and description in a language. Audited.
     */
    @Transactional
    public void set(Drive d, String lang, String title, String story, Actor by) {
        String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        String ti = title == null ? "" : title.strip();
        String st = story == null ? "" : story.strip();
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (!LANGUAGES.contains(l)) {
            problems.add(new FieldProblem("lang", "drive.error.textLang"));
        }
        boolean remove = ti.isEmpty() && st.isEmpty();
        if (!remove && (ti.isEmpty() || ti.length() > 200)) {
            problems.add(new FieldProblem("title." + l, "drive.error.textTitle"));
        }
        if (!remove && (st.isEmpty() || st.length() > 4000)) {
            problems.add(new FieldProblem("story." + l, "drive.error.textStory"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormException(problems);
        }
        Text before = given(d.id()).get(l);
        if (remove ? before == null : new Text(ti, st).equals(before)) {
            return;
        }
        jdbc.sql("DELETE FROM drive_text WHERE drive_id = :d AND lang = :l").param("d", d.id()).param("l", l).update();
        if (!remove) {
            jdbc.sql("INSERT INTO drive_text (drive_id, lang, title, story) VALUES (:d, :l, :t, :s)")
                    .param("d", d.id()).param("l", l).param("t", ti).param("s", st).update();
        }
        audit.record("drive.text-" + (remove ? "removed" : "set"), "drive", d.id(), AuditSummary.of("audit.summary.driveText", l),
                before == null ? null : before.title(), remove ? null : ti);
        events.publishEvent(new DriveEvents.DriveChanged(d.id(), "texts"));
    }

    /** Gives an update's body in a language (the drive's update, checked). Audited. */
    @Transactional
    public void setUpdate(Drive d, long updateId, String lang, String body, Actor by) {
        String l = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        String b = body == null ? "" : body.strip();
        if (!LANGUAGES.contains(l)) {
            throw new InvalidFormException(List.of(new FieldProblem("lang", "drive.error.textLang")));
        }
        if (b.isEmpty() || b.length() > 2000) {
            throw new InvalidFormException(List.of(new FieldProblem("translation", "drive.error.update")));
        }
        int own = jdbc.sql("SELECT COUNT(*) FROM drive_update WHERE id = :u AND drive_id = :d").param("u", updateId)
                .param("d", d.id()).query(Integer.class).single();
        if (own == 0) {
            throw new org.localis.app.shared.NotFoundException("no update " + updateId);
        }
        jdbc.sql("DELETE FROM drive_update_text WHERE update_id = :u AND lang = :l").param("u", updateId).param("l", l).update();
        jdbc.sql("INSERT INTO drive_update_text (update_id, lang, body) VALUES (:u, :l, :b)").param("u", updateId)
                .param("l", l).param("b", b).update();
        audit.record("drive.update-text-set", "drive", d.id(), AuditSummary.of("audit.summary.driveUpdateText", updateId, l), null, null);
        events.publishEvent(new DriveEvents.DriveChanged(d.id(), "texts"));
    }
}
