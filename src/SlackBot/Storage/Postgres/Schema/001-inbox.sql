-- Every acknowledged envelope (the deduplication seam) and whether it was processed. The record is the document; what
-- the processors query is in columns. sequence follows commit order within one ordering key (appends of a key take an
-- advisory lock first), and key_hash is what a replica locks to process a key's envelopes alone.
CREATE TABLE inbox (
    id text PRIMARY KEY,
    sequence bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    ordering_key text NOT NULL,
    key_hash integer GENERATED ALWAYS AS (hashtext(ordering_key)) STORED,
    status text NOT NULL,
    received_at timestamptz NOT NULL,
    doc jsonb NOT NULL
);
CREATE INDEX inbox_pending ON inbox (key_hash, sequence) WHERE status = 'Pending';
CREATE INDEX inbox_pending_sequence ON inbox (sequence) WHERE status = 'Pending';
CREATE INDEX inbox_done_received ON inbox (received_at) WHERE status <> 'Pending';
