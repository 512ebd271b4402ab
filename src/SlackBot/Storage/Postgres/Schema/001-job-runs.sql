-- One row per (job, period): the scheduler's claims and their outcome. Every field is a column, so a claim is one
-- atomic INSERT … ON CONFLICT DO UPDATE across replicas.
CREATE TABLE job_runs (
    id text PRIMARY KEY,
    job text NOT NULL,
    period timestamptz NOT NULL,
    status text NOT NULL,
    owner text,
    lease_until timestamptz,
    attempts integer NOT NULL,
    started_at timestamptz,
    finished_at timestamptz,
    error text
);
CREATE INDEX job_runs_job_period ON job_runs (job, period);
CREATE INDEX job_runs_running ON job_runs (lease_until) WHERE status = 'Running';
