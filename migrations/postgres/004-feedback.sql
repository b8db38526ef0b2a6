-- Feedback (see src/feedback/store.ts): answers shown, the passages they showed, votes keyed by a
-- hash (never a user id), and the install's secret for that hash. Instants are milliseconds (BIGINT).
CREATE TABLE answers_shown (
  id TEXT PRIMARY KEY,
  shown_at BIGINT NOT NULL,
  day TEXT NOT NULL,
  platform TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('search', 'section')),
  report_id TEXT NOT NULL,
  covered BOOLEAN NOT NULL,
  query TEXT
);
CREATE INDEX answers_shown_day ON answers_shown (day);
CREATE INDEX answers_shown_time ON answers_shown (shown_at);

CREATE TABLE answer_passages (
  answer_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  report_id TEXT NOT NULL,
  paragraph_id TEXT NOT NULL,
  section_id TEXT NOT NULL,
  citation TEXT NOT NULL,
  PRIMARY KEY (answer_id, position)
);

CREATE TABLE votes (
  answer_id TEXT NOT NULL,
  voter TEXT NOT NULL,
  vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
  comment TEXT,
  voted_at BIGINT NOT NULL,
  day TEXT NOT NULL,
  PRIMARY KEY (answer_id, voter)
);
CREATE INDEX votes_time ON votes (voted_at);

CREATE TABLE install_secrets (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
