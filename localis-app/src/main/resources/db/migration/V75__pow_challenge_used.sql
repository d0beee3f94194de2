-- Issue 23: proof-of-work challenges answered, so that each is accepted once by every instance behind a balancer
-- (the challenge itself is verified statelessly by its HMAC with the shared key). Rows past their expiry are
-- deleted as new ones arrive.
CREATE TABLE pow_challenge_used (
    challenge  VARCHAR(200)             NOT NULL PRIMARY KEY,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pow_challenge_used_expiry ON pow_challenge_used (expires_at);
