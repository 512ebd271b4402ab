-- /learn export and /learn prep jobs. A replica claims the due jobs it runs (claimed_by/claimed_until, a lease) so
-- that no job runs on two; saving the job's next state clears the claim.
CREATE TABLE review_jobs (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    status text NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    requested_at timestamptz NOT NULL,
    completed_at timestamptz,
    claimed_by text,
    claimed_until timestamptz
);
CREATE INDEX review_jobs_pending ON review_jobs (next_attempt_at) WHERE status = 'Pending';
CREATE INDEX review_jobs_finished ON review_jobs (completed_at) WHERE status <> 'Pending';

-- How often each response_url was used, keyed by the URL's hash (never the URL).
CREATE TABLE response_url_uses (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    issued_at timestamptz NOT NULL
);
CREATE INDEX response_url_uses_issued ON response_url_uses (issued_at);
