-- Fix ideas from /learn idea, kept apart from findings.
CREATE TABLE ideas (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    incident_id text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX ideas_incident ON ideas (incident_id, created_at);
CREATE INDEX ideas_created_at ON ideas (created_at);
