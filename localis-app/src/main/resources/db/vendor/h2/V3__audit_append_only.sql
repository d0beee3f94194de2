-- H2: the same guarantee through a Java trigger.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE, DELETE ON audit_event
    FOR EACH ROW CALL 'org.localis.app.audit.AppendOnlyTrigger';
