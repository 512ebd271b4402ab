-- Digest subscriptions, the digests handed to the outbox and their pulse votes.
CREATE TABLE digest_subscriptions (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    channel_id text NOT NULL,
    team text,
    created_at timestamptz NOT NULL
);
CREATE INDEX digest_subscriptions_channel ON digest_subscriptions (channel_id);

CREATE TABLE sent_digests (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    subscription_id text NOT NULL,
    period_start timestamptz NOT NULL
);
CREATE INDEX sent_digests_subscription ON sent_digests (subscription_id, period_start DESC);

CREATE TABLE digest_votes (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    digest_id text NOT NULL,
    at timestamptz NOT NULL
);
CREATE INDEX digest_votes_digest ON digest_votes (digest_id);
