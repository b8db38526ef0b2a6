-- Daily facts: subscriptions, and the ledger of posts whose primary key is the one-post-per-channel-per-day claim.
-- Instants are milliseconds since the epoch (BIGINT), as the SQLite backend stores them.
CREATE TABLE subscriptions (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  time TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'off', 'failed')),
  source TEXT NOT NULL CHECK (source IN ('command', 'config')),
  active_from BIGINT NOT NULL,
  failure TEXT,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (platform, channel_id)
);

CREATE TABLE posts (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  local_date TEXT NOT NULL,
  fact_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('claimed', 'sending', 'sent', 'failed', 'missed', 'uncertain')),
  owner TEXT NOT NULL,
  lease_until BIGINT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  claimed_at BIGINT NOT NULL,
  sent_at BIGINT,
  error TEXT,
  PRIMARY KEY (platform, channel_id, local_date)
);
