-- Findings: the document plus what is queried. created_hour, restricted_to and the theme arrays are what a theme
-- tally groups by (FindingThemeTally.Of), worked out by the writer, so tallies are one GROUP BY over created_at.
CREATE TABLE findings (
    id text PRIMARY KEY,
    doc jsonb NOT NULL,
    incident_id text,
    question_id text,
    author_id text NOT NULL,
    created_at timestamptz NOT NULL,
    created_hour timestamptz NOT NULL,
    restricted_to text,
    theme_keys text[] NOT NULL,
    theme_names text[] NOT NULL
);
CREATE INDEX findings_incident ON findings (incident_id, created_at);
CREATE INDEX findings_question ON findings (question_id, created_at);
CREATE INDEX findings_author ON findings (author_id, created_at DESC);
CREATE INDEX findings_created ON findings (created_at);

-- Withdrawn finding ids (consent): never pruned, and no write of a finding with such an id goes through.
CREATE TABLE finding_withdrawals (
    id text PRIMARY KEY,
    doc jsonb NOT NULL
);

-- The change feed that brings every replica's search index along: one row per write of a finding, by whoever wrote
-- it. tx is the writing transaction, so a reader takes only changes of transactions that have all finished.
CREATE TABLE finding_changes (
    sequence bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    finding_id text NOT NULL,
    tx bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finding_changes_tx ON finding_changes (tx);
CREATE INDEX finding_changes_changed ON finding_changes (changed_at);

CREATE FUNCTION finding_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO finding_changes (finding_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    PERFORM pg_notify('slackbot_findings', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER findings_changed AFTER INSERT OR UPDATE OR DELETE ON findings FOR EACH ROW EXECUTE FUNCTION finding_changed();
