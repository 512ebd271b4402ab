-- Questions (one per moment), what planning has done per incident, and "Not relevant" feedback.
CREATE TABLE questions (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    incident_id text NOT NULL,
    user_id text NOT NULL,
    channel_id text NOT NULL,
    thread_root_ts text NOT NULL,
    status text NOT NULL,
    delivery text NOT NULL,
    created_at timestamptz NOT NULL,
    release_at timestamptz NOT NULL,
    posted_channel text,
    posted_ts text,
    posted_at timestamptz
);
CREATE INDEX questions_incident ON questions (incident_id, created_at);
CREATE INDEX questions_user ON questions (user_id, created_at);
CREATE INDEX questions_created_at ON questions (created_at);
-- The release job's pass: only waiting questions are in it, by release time.
CREATE INDEX questions_due ON questions (release_at) WHERE status IN ('Scheduled', 'Snoozed');
-- A thread reply looks for the questions posted in its thread (or on the question message itself).
CREATE INDEX questions_thread ON questions (channel_id, thread_root_ts) WHERE posted_ts IS NOT NULL;
CREATE INDEX questions_posted_ts ON questions (posted_ts) WHERE posted_ts IS NOT NULL;

CREATE TABLE question_plans (
    id text PRIMARY KEY,
    doc jsonb NOT NULL
);

CREATE TABLE question_feedback (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    template_id text NOT NULL
);
CREATE INDEX question_feedback_template ON question_feedback (template_id);
