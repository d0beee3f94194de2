-- issue 17: lock-out notices. The language the account holder last signed in with (messages to the account
-- are written in it), and when the last "sign-ins slowed down" notice was sent (at most one per period).
ALTER TABLE app_user ADD COLUMN language VARCHAR(8);
ALTER TABLE app_user ADD COLUMN lockout_notice_at TIMESTAMP WITH TIME ZONE;
