-- Incidents and the people's messages in their channels. The document is JSONB; what the stores query is in columns.
CREATE TABLE incidents (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    channel_id text NOT NULL,
    status text NOT NULL,
    started_at timestamptz NOT NULL,
    awaiting_questions_since timestamptz
);
-- LatestIn / EarliestIn / SpanningIn (the channel's few incidents), ActiveIn.
CREATE INDEX incidents_channel ON incidents (channel_id, started_at);
CREATE INDEX incidents_channel_status ON incidents (channel_id, status, started_at);
CREATE INDEX incidents_status ON incidents (status, started_at);
CREATE INDEX incidents_started_at ON incidents (started_at);
-- Only resolved, unplanned, live incidents have a value: the planning job reads these and nothing else.
CREATE INDEX incidents_awaiting_questions ON incidents (awaiting_questions_since) WHERE awaiting_questions_since IS NOT NULL;

CREATE TABLE incident_messages (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    incident_id text NOT NULL,
    at timestamptz NOT NULL,
    text_dropped_at timestamptz,
    text_held boolean NOT NULL
);
CREATE INDEX incident_messages_incident ON incident_messages (incident_id, at);
-- Retention's work list: messages whose words are still kept and not held, oldest first.
CREATE INDEX incident_messages_text_kept ON incident_messages (at) WHERE text_dropped_at IS NULL AND NOT text_held;
