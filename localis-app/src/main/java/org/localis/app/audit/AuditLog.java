package org.localis.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log: append-only. Each summary is a message key with its arguments ({@link AuditSummary}), stored
 * with its English sentence rendered from messages.properties (the record, used by exports and tests) and shown on
 * the audit page in the reader's language. {@link #record} joins the caller's transaction (it must be called from
 * one), so an audited change and its audit row commit or roll back together. There is deliberately no
 * update or delete here.
 */
@Service
public class AuditLog {

    private static final int MAX_STATE = 4000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditTexts texts;

    public AuditLog(JdbcClient jdbc, JdbcTemplate batch, AuditTexts texts) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.texts = texts;
    }

    /** The stored English sentence of a summary. */
    public String english(AuditSummary summary) {
        return texts.text(summary, Locale.ENGLISH);
    }

    /** Who is acting: the signed-in user, "anonymous" in a request without one, "system" otherwise; and from where. */
    public record Who(String name, Long organizationId, String address) {
    }

    /** The actor of the current thread's request (call it on the request's thread). */
    public static Who currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpServletRequest req = currentRequest();
        String actor = "system";
        Long org = null;
        if (auth != null && auth.getPrincipal() instanceof org.localis.app.shared.Actor.Source src) {
            actor = src.actor().username();
            org = src.actor().organizationId();
        } else if (auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal())) {
            actor = auth.getName();
        } else if (req != null) {
            actor = "anonymous";
        }
        return new Who(actor, org, req == null ? null : req.getRemoteAddr());
    }

    /** Records a change by the current user (or "anonymous" / "system" when there is none). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Object entityId, AuditSummary summary, String before, String after) {
        Who a = currentActor();
        recordAs(a.name(), a.organizationId(), action, entityType, entityId, summary, before, after);
    }

    /** Records a change attributed to a named actor (e.g. the user whose login failed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, Long actorOrgId, String action, String entityType, Object entityId,
                         AuditSummary summary, String before, String after) {
        insert(actor, actorOrgId, action, entityType, entityId, summary, before, after);
    }

    private void insert(String actor, Long actorOrgId, String action, String entityType, Object entityId,
                        AuditSummary keyed, String before, String after) {
        HttpServletRequest req = currentRequest();
        jdbc.sql("""
                        INSERT INTO audit_event (at, actor, actor_org_id, address, action, entity_type, entity_id, summary,
                          before_state, after_state, summary_key, summary_args)
                        VALUES (:at, :actor, :org, :addr, :action, :type, :eid, :summary, :before, :after, :key, :args)""")
                .param("at", Timestamp.from(Instant.now()))
                .param("actor", cut(actor, 100))
                .param("org", actorOrgId)
                .param("addr", req == null ? null : cut(req.getRemoteAddr(), 64))
                .param("action", action)
                .param("type", entityType)
                .param("eid", entityId == null ? null : cut(String.valueOf(entityId), 100))
                .param("summary", cut(english(keyed), 1000))
                .param("before", before == null ? null : cut(before, MAX_STATE))
                .param("after", after == null ? null : cut(after, MAX_STATE))
                .param("key", keyed.key())
                .param("args", argsOrNull(keyed))
                .update();
    }

    /** One change by an actor captured earlier (e.g. on a request thread), for {@link #recordAll}. */
    public record Change(Who actor, String action, String entityType, Object entityId, AuditSummary summary) {
    }

    /**
     * Records several changes in one JDBC batch, in the caller's transaction (the pledge intake commits
     * many donors' pledges together, away from their request threads).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<Change> changes) {
        Timestamp at = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (Change c : changes) {
            rows.add(new Object[] {at, cut(c.actor().name(), 100), c.actor().organizationId(), cut(c.actor().address(), 64),
                    c.action(), c.entityType(), c.entityId() == null ? null : cut(String.valueOf(c.entityId()), 100),
                    cut(english(c.summary()), 1000), c.summary().key(), argsOrNull(c.summary())});
        }
        batch.batchUpdate("""
                INSERT INTO audit_event (at, actor, actor_org_id, address, action, entity_type, entity_id, summary,
                  summary_key, summary_args)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** Filters for the audit page; null means any. */
    public record Filter(String actor, String entityType, String action, Instant from, Instant to) {
    }

    public List<AuditEvent> search(Filter f, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, at, actor, actor_org_id, address, action, entity_type, entity_id, "
                + "summary, before_state, after_state, summary_key, summary_args FROM audit_event WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (f.actor() != null) {
            sql.append(" AND actor = :actor");
            params.add(new Object[] {"actor", f.actor()});
        }
        if (f.entityType() != null) {
            sql.append(" AND entity_type = :type");
            params.add(new Object[] {"type", f.entityType()});
        }
        if (f.action() != null) {
            sql.append(" AND action = :action");
            params.add(new Object[] {"action", f.action()});
        }
        if (f.from() != null) {
            sql.append(" AND at >= :from");
            params.add(new Object[] {"from", Timestamp.from(f.from())});
        }
        if (f.to() != null) {
            sql.append(" AND at < :to");
            params.add(new Object[] {"to", Timestamp.from(f.to())});
        }
        sql.append(" ORDER BY id DESC FETCH FIRST ").append(Math.max(1, Math.min(limit, 1000))).append(" ROWS ONLY");
        var spec = jdbc.sql(sql.toString());
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.query((rs, n) -> {
            long org = rs.getLong(4);
            Long orgId = rs.wasNull() ? null : org;
            return new AuditEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), orgId,
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11), rs.getString(12), rs.getString(13));
        }).list();
    }

    public List<String> entityTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_event ORDER BY entity_type").query(String.class).list();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
    }

    /** The arguments as stored; arguments too long for the column are left out and the stored sentence is shown. */
    private static String argsOrNull(AuditSummary s) {
        String json = s.argsJson();
        return json.length() <= 2000 ? json : null;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
