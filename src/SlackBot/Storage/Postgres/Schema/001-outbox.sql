-- Every message the bot will send. The message is the document; what the sender and features query is in columns.
-- A replica claims due rows (claimed_by/claimed_until) before sending them, so no row is sent by two.
CREATE TABLE outbox (
    id text PRIMARY KEY,
    sequence bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    status text NOT NULL,
    channel text,
    correlation text,
    next_attempt_at timestamptz NOT NULL,
    claimed_by text,
    claimed_until timestamptz,
    message jsonb NOT NULL
);
CREATE INDEX outbox_pending ON outbox (sequence) WHERE status = 'Pending';
CREATE INDEX outbox_parked ON outbox (sequence) WHERE status = 'Parked';
CREATE INDEX outbox_correlation ON outbox (correlation) WHERE correlation IS NOT NULL;
