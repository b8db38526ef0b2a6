-- The Slack replay guard's seen (timestamp, signature) pairs, so every instance refuses a request another one accepted.
CREATE TABLE seen_requests (
  key TEXT PRIMARY KEY,
  expires_at BIGINT NOT NULL
);
CREATE INDEX seen_requests_expiry ON seen_requests (expires_at);
