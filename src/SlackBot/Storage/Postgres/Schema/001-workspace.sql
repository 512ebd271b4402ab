-- What Slack said about channels and people, each channel's own question settings, and who opened the Home tab:
-- found by key only.
CREATE TABLE channels (
    id text PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE users (
    id text PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE channel_settings (
    id text PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE home_viewers (
    id text PRIMARY KEY,
    doc jsonb NOT NULL
);
