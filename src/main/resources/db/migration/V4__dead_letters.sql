-- Messages and readings Sextant refused, with the reason, kept for whoever runs the gateways:
-- nothing refused is dropped silently. The payload is truncated to 4 KiB.
CREATE TABLE dead_letter (
    id          bigserial PRIMARY KEY,
    received_at timestamptz NOT NULL,
    transport   text NOT NULL,
    sender      text NOT NULL,
    topic       text NOT NULL,
    reason      text NOT NULL,
    detail      text NOT NULL,
    payload     text NOT NULL
);

CREATE INDEX dead_letter_received ON dead_letter USING brin (received_at);
CREATE INDEX dead_letter_reason ON dead_letter (reason, received_at DESC);
