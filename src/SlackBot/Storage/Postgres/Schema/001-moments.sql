-- Learning moments, one per message.
CREATE TABLE moments (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    incident_id text NOT NULL,
    at timestamptz NOT NULL
);
CREATE INDEX moments_incident ON moments (incident_id, at);
CREATE INDEX moments_at ON moments (at);
