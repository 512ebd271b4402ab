-- The /healthz write probe: one row, overwritten by each probe.
CREATE TABLE health (
    id text PRIMARY KEY,
    at timestamptz NOT NULL,
    replica text NOT NULL
);
